/**
 * Surfaces a license is photographed on: wood grain, woven fabric, a plain table top or a dark desk.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { Random } from '../random';

export type BackgroundKind = 'wood' | 'fabric' | 'table' | 'desk';

function drawWood(context: SKRSContext2D, width: number, height: number, random: Random): void {
  const base = random.pick([[150, 100, 60], [120, 80, 50], [175, 130, 85], [95, 62, 40]] as const);
  context.fillStyle = `rgb(${base[0]}, ${base[1]}, ${base[2]})`;
  context.fillRect(0, 0, width, height);
  const grains = Math.round(height / 6);
  const vertical = random.chance(0.5);
  for (let i = 0; i < grains; i += 1) {
    const shade = random.float(-35, 25);
    context.strokeStyle = `rgba(${base[0] + shade}, ${base[1] + shade * 0.8}, ${base[2] + shade * 0.6}, ${random.float(0.2, 0.6)})`;
    context.lineWidth = random.float(1, 6);
    const offset = random.float(0, vertical ? width : height);
    const amplitude = random.float(2, 14);
    const wavelength = random.float(200, 900);
    context.beginPath();
    const span = vertical ? height : width;
    for (let t = 0; t <= span; t += 24) {
      const across = offset + amplitude * Math.sin(t / wavelength * 2 * Math.PI + i);
      if (vertical) {
        if (t === 0) context.moveTo(across, t);
        else context.lineTo(across, t);
      } else if (t === 0) context.moveTo(t, across);
      else context.lineTo(t, across);
    }
    context.stroke();
  }
}

function drawFabric(context: SKRSContext2D, width: number, height: number, random: Random): void {
  const base = random.pick([[70, 80, 110], [120, 60, 60], [90, 110, 90], [160, 150, 140]] as const);
  context.fillStyle = `rgb(${base[0]}, ${base[1]}, ${base[2]})`;
  context.fillRect(0, 0, width, height);
  const spacing = random.float(5, 9);
  context.lineWidth = spacing * 0.4;
  context.strokeStyle = 'rgba(255, 255, 255, 0.08)';
  for (let x = 0; x < width; x += spacing) {
    context.beginPath();
    context.moveTo(x, 0);
    context.lineTo(x, height);
    context.stroke();
  }
  context.strokeStyle = 'rgba(0, 0, 0, 0.10)';
  for (let y = 0; y < height; y += spacing) {
    context.beginPath();
    context.moveTo(0, y);
    context.lineTo(width, y);
    context.stroke();
  }
}

function drawFlat(context: SKRSContext2D, width: number, height: number, random: Random, dark: boolean): void {
  const level = dark ? random.int(30, 70) : random.int(170, 225);
  const tint = random.int(-10, 10);
  context.fillStyle = `rgb(${level + tint}, ${level}, ${level - tint})`;
  context.fillRect(0, 0, width, height);
  for (let i = 0; i < 40; i += 1) {
    context.fillStyle = `rgba(${dark ? 255 : 0}, ${dark ? 255 : 0}, ${dark ? 255 : 0}, ${random.float(0.01, 0.04)})`;
    context.beginPath();
    context.arc(random.float(0, width), random.float(0, height), random.float(20, Math.max(width, height) / 4), 0, 2 * Math.PI);
    context.fill();
  }
}

/** Draws a background surface of the given kind filling `width` x `height`. */
export function drawBackground(width: number, height: number, random: Random, kind: BackgroundKind): Canvas {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  if (kind === 'wood') drawWood(context, width, height, random);
  else if (kind === 'fabric') drawFabric(context, width, height, random);
  else drawFlat(context, width, height, random, kind === 'desk');
  return canvas;
}

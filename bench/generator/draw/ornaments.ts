/**
 * Printed ornaments: the guilloché frame, the security background, a generic emblem placeholder (a star
 * in a ring, deliberately not the national emblem), the red registration seal and the 样本 watermark.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { Random } from '../random';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Fills the paper with a cream tone and fine pale wave lines like a security background. */
export function drawSecurityBackground(context: SKRSContext2D, rect: Rect, random: Random, tint: string): void {
  context.fillStyle = random.pick(['#fbf8f0', '#faf6ec', '#fdfaf3', '#f8f4ea']);
  context.fillRect(rect.x, rect.y, rect.width, rect.height);

  context.strokeStyle = tint;
  context.lineWidth = Math.max(1, rect.width / 2200);
  const wavelength = rect.width / random.float(9, 14);
  const amplitude = rect.height / random.float(70, 110);
  const spacing = rect.height / random.float(45, 70);
  const phaseStep = random.float(0.2, 0.6);
  let row = 0;
  for (let y = rect.y; y < rect.y + rect.height; y += spacing) {
    context.beginPath();
    for (let x = rect.x; x <= rect.x + rect.width; x += 8) {
      const yy = y + amplitude * Math.sin(((x - rect.x) / wavelength) * 2 * Math.PI + row * phaseStep);
      if (x === rect.x) context.moveTo(x, yy);
      else context.lineTo(x, yy);
    }
    context.stroke();
    row += 1;
  }
}

function traceWaveAlongSide(
  context: SKRSContext2D,
  from: [number, number],
  to: [number, number],
  amplitude: number,
  wavelength: number,
  phase: number,
): void {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const length = Math.hypot(dx, dy);
  const nx = -dy / length;
  const ny = dx / length;
  context.beginPath();
  for (let t = 0; t <= length; t += 3) {
    const offset = amplitude * Math.sin((t / wavelength) * 2 * Math.PI + phase) * Math.cos((t / wavelength) * 0.5 + phase);
    const x = from[0] + (dx * t) / length + nx * offset;
    const y = from[1] + (dy * t) / length + ny * offset;
    if (t === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  }
  context.stroke();
}

function drawRosette(context: SKRSContext2D, cx: number, cy: number, radius: number, petals: number): void {
  // A hypotrochoid: the classic guilloché rosette traced by a point on a circle rolling inside another.
  const outer = radius;
  const inner = radius / petals;
  const pen = radius * 0.55;
  context.beginPath();
  for (let step = 0; step <= 720; step += 1) {
    const t = (step / 720) * 2 * Math.PI;
    const x = cx + (outer - inner) * Math.cos(t) + pen * Math.cos(((outer - inner) / inner) * t);
    const y = cy + (outer - inner) * Math.sin(t) - pen * Math.sin(((outer - inner) / inner) * t);
    if (step === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  }
  context.stroke();
}

/** Draws a band of interlaced sine curves inside `outer`, `band` wide, with rosettes in the corners. */
export function drawGuillocheFrame(context: SKRSContext2D, outer: Rect, band: number, random: Random, color: string): void {
  const mid = band / 2;
  const left = outer.x + mid;
  const right = outer.x + outer.width - mid;
  const top = outer.y + mid;
  const bottom = outer.y + outer.height - mid;
  const wavelength = band * random.float(0.9, 1.6);
  const curves = random.int(5, 8);

  context.strokeStyle = color;
  context.lineWidth = Math.max(1, band / 40);
  for (let k = 0; k < curves; k += 1) {
    const phase = (k / curves) * 2 * Math.PI;
    const amplitude = mid * 0.8;
    traceWaveAlongSide(context, [left, top], [right, top], amplitude, wavelength, phase);
    traceWaveAlongSide(context, [right, top], [right, bottom], amplitude, wavelength, phase);
    traceWaveAlongSide(context, [right, bottom], [left, bottom], amplitude, wavelength, phase);
    traceWaveAlongSide(context, [left, bottom], [left, top], amplitude, wavelength, phase);
  }

  context.lineWidth = Math.max(1.5, band / 22);
  context.strokeRect(outer.x, outer.y, outer.width, outer.height);
  context.lineWidth = Math.max(1, band / 35);
  context.strokeRect(outer.x + band, outer.y + band, outer.width - 2 * band, outer.height - 2 * band);
  context.strokeRect(outer.x + band + 6, outer.y + band + 6, outer.width - 2 * band - 12, outer.height - 2 * band - 12);

  const petals = random.int(5, 9);
  context.lineWidth = Math.max(1, band / 45);
  for (const [cx, cy] of [[left, top], [right, top], [right, bottom], [left, bottom]] as const) {
    context.fillStyle = '#fbf8f0';
    context.beginPath();
    context.arc(cx, cy, band * 0.55, 0, 2 * Math.PI);
    context.fill();
    drawRosette(context, cx, cy, band * 0.5, petals);
  }
}

function starPath(context: SKRSContext2D, cx: number, cy: number, outerRadius: number, innerRadius: number, rotation = -Math.PI / 2): void {
  context.beginPath();
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? outerRadius : innerRadius;
    const angle = rotation + (i * Math.PI) / 5;
    const x = cx + radius * Math.cos(angle);
    const y = cy + radius * Math.sin(angle);
    if (i === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  }
  context.closePath();
}

/** Draws a generic emblem placeholder: a gold star inside a red ring with small stars around it. */
export function drawEmblemPlaceholder(context: SKRSContext2D, cx: number, cy: number, radius: number): void {
  context.fillStyle = '#c8302a';
  context.beginPath();
  context.arc(cx, cy, radius, 0, 2 * Math.PI);
  context.fill();
  context.strokeStyle = '#e2b13c';
  context.lineWidth = radius * 0.08;
  context.beginPath();
  context.arc(cx, cy, radius * 0.88, 0, 2 * Math.PI);
  context.stroke();
  context.fillStyle = '#f2c94c';
  starPath(context, cx, cy, radius * 0.5, radius * 0.2);
  context.fill();
  for (let i = 0; i < 8; i += 1) {
    const angle = (i * Math.PI) / 4;
    starPath(context, cx + radius * 0.7 * Math.cos(angle), cy + radius * 0.7 * Math.sin(angle), radius * 0.09, radius * 0.04);
    context.fill();
  }
}

/** Draws a red round seal with the authority's name along the upper arc and a star in the middle. */
export function drawSeal(context: SKRSContext2D, cx: number, cy: number, radius: number, text: string, random: Random): void {
  context.save();
  context.globalCompositeOperation = 'multiply';
  context.globalAlpha = random.float(0.7, 0.9);
  context.translate(cx, cy);
  context.rotate(random.float(-0.25, 0.25));
  const red = random.pick(['#d8262b', '#e0352f', '#cc1f2a']);
  context.strokeStyle = red;
  context.fillStyle = red;
  context.lineWidth = radius * 0.055;
  context.beginPath();
  context.arc(0, 0, radius, 0, 2 * Math.PI);
  context.stroke();
  starPath(context, 0, 0, radius * 0.3, radius * 0.12);
  context.fill();

  const chars = Array.from(text);
  const fontSize = radius * 0.24;
  context.font = `${fontSize}px LicSansBold`;
  context.textAlign = 'center';
  const sweep = Math.min(Math.PI * 1.35, chars.length * 0.3);
  chars.forEach((char, index) => {
    const angle = -Math.PI / 2 - sweep / 2 + (sweep * (index + 0.5)) / chars.length;
    context.save();
    context.rotate(angle + Math.PI / 2);
    context.fillText(char, 0, -radius * 0.7);
    context.restore();
  });
  context.restore();
}

/** Draws the translucent 样本 specimen mark across the centre of `rect`. */
export function drawSpecimenWatermark(context: SKRSContext2D, rect: Rect, random: Random): void {
  context.save();
  context.translate(rect.x + rect.width / 2, rect.y + rect.height / 2);
  context.rotate(random.float(-0.45, -0.2));
  context.globalAlpha = random.float(0.07, 0.11);
  context.fillStyle = '#b02020';
  const size = Math.min(rect.width, rect.height) * 0.28;
  context.font = `${size}px LicSansBold`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText('样本', 0, 0);
  context.restore();
}

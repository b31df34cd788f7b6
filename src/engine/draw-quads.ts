import { RgbImage } from './image/rgb-image';
import { Point, Quad } from './types';

/** Colour of the outlines drawn on debug images, as R, G, B. */
export type Rgb = readonly [number, number, number];

const OUTLINE_RED: Rgb = [230, 20, 20];

function paintDot(image: RgbImage, x: number, y: number, radius: number, colour: Rgb): void {
  const { width, height, data } = image;
  const left = Math.max(0, x - radius);
  const right = Math.min(width - 1, x + radius);
  const top = Math.max(0, y - radius);
  const bottom = Math.min(height - 1, y + radius);

  for (let row = top; row <= bottom; row += 1) {
    for (let column = left; column <= right; column += 1) {
      const offset = (row * width + column) * 3;
      data[offset] = colour[0];
      data[offset + 1] = colour[1];
      data[offset + 2] = colour[2];
    }
  }
}

function paintSegment(image: RgbImage, from: Point, to: Point, radius: number, colour: Rgb): void {
  const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y)));
  for (let step = 0; step <= steps; step += 1) {
    const t = step / steps;
    const x = Math.round(from.x + (to.x - from.x) * t);
    const y = Math.round(from.y + (to.y - from.y) * t);
    paintDot(image, x, y, radius, colour);
  }
}

/**
 * Returns a copy of the image with each quad outlined, for debug output. Lines are about 1/500 of
 * the long side thick (at least one pixel), so they stay visible on 12 MP photos.
 */
export function drawQuads(image: RgbImage, quads: readonly Quad[], colour: Rgb = OUTLINE_RED): RgbImage {
  const copy: RgbImage = { data: new Uint8Array(image.data), width: image.width, height: image.height };
  const radius = Math.max(0, Math.round(Math.max(image.width, image.height) / 1000));

  for (const quad of quads) {
    for (let corner = 0; corner < 4; corner += 1) {
      paintSegment(copy, quad[corner]!, quad[(corner + 1) % 4]!, radius, colour);
    }
  }
  return copy;
}

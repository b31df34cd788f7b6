/**
 * Projective transforms between four point pairs, and the inverse-mapped bilinear warp that places the
 * flat license into a photo.
 */
import type { Point, Quad } from '../../../src/engine/types';
import type { Raster } from '../raster';

/** A 3x3 projective matrix in row-major order with h[8] = 1. */
export type Homography = number[];

/** Solves the 8x8 system mapping each `from` corner onto the matching `to` corner. */
export function homographyFromQuads(from: Quad, to: Quad): Homography {
  const rows: number[][] = [];
  for (let i = 0; i < 4; i += 1) {
    const { x, y } = from[i] as Point;
    const { x: u, y: v } = to[i] as Point;
    rows.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    rows.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  // Gaussian elimination with partial pivoting on the augmented 8x9 matrix.
  for (let column = 0; column < 8; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < 8; row += 1) {
      if (Math.abs((rows[row] as number[])[column] as number) > Math.abs((rows[pivot] as number[])[column] as number)) pivot = row;
    }
    [rows[column], rows[pivot]] = [rows[pivot] as number[], rows[column] as number[]];
    const pivotRow = rows[column] as number[];
    const pivotValue = pivotRow[column] as number;
    if (Math.abs(pivotValue) < 1e-12) throw new Error('corner quads are degenerate: three corners lie on a line');
    for (let row = 0; row < 8; row += 1) {
      if (row === column) continue;
      const target = rows[row] as number[];
      const factor = (target[column] as number) / pivotValue;
      for (let k = column; k < 9; k += 1) target[k] = (target[k] as number) - factor * (pivotRow[k] as number);
    }
  }
  const h = rows.map((row, index) => (row[8] as number) / (row[index] as number));
  return [...h, 1];
}

export function applyHomography(h: Homography, point: Point): Point {
  const [a, b, c, d, e, f, g, k] = h as [number, number, number, number, number, number, number, number];
  const w = g * point.x + k * point.y + 1;
  return { x: (a * point.x + b * point.y + c) / w, y: (d * point.x + e * point.y + f) / w };
}

export function invertHomography(h: Homography): Homography {
  const [a, b, c, d, e, f, g, k, m] = h as [number, number, number, number, number, number, number, number, number];
  const inverse = [
    e * m - f * k,
    c * k - b * m,
    b * f - c * e,
    f * g - d * m,
    a * m - c * g,
    c * d - a * f,
    d * k - e * g,
    b * g - a * k,
    a * e - b * d,
  ];
  const scale = inverse[8] as number;
  return inverse.map((value) => value / scale);
}

export function quadOfRect(width: number, height: number): Quad {
  return [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
}

function clamp(value: number, min: number, max: number): number {
  if (value < min) return min;
  return value > max ? max : value;
}

/**
 * Draws `source` onto `target` through `sourceToTarget`: each target pixel maps back into the source
 * and takes a bilinear sample there. Target pixels that map outside the source keep their value, and
 * a one-pixel rim is blended so the paper edge is anti-aliased.
 *
 * `bend` curls the sheet: a source pixel at column u is read `bend · sin(π·u / width)` source pixels
 * lower, so the top and bottom edges bow while the four corners stay exactly where `corners` puts them.
 */
export function warpInto(target: Raster, source: Raster, sourceToTarget: Homography, corners: Quad, bend = 0): void {
  const inverse = invertHomography(sourceToTarget);
  const [a, b, c, d, e, f, g, k] = inverse as [number, number, number, number, number, number, number, number];
  const src = source.data;
  const dst = target.data;
  const sw = source.width;
  const sh = source.height;

  const ys = corners.map((point) => point.y);
  const xs = corners.map((point) => point.x);
  const bendTable = new Float32Array(sw + 1);
  for (let column = 0; column <= sw; column += 1) bendTable[column] = bend * Math.sin((Math.PI * column) / sw);
  // A bowed edge can leave the corners' bounding box by up to the bend, scaled into the frame.
  const scale = Math.hypot((corners[1] as Point).x - (corners[0] as Point).x, (corners[1] as Point).y - (corners[0] as Point).y) / sw;
  const bendMargin = Math.ceil(Math.abs(bend) * scale * 1.5);
  const yStart = Math.max(0, Math.floor(Math.min(...ys)) - 1 - bendMargin);
  const yEnd = Math.min(target.height - 1, Math.ceil(Math.max(...ys)) + 1 + bendMargin);
  const xStart = Math.max(0, Math.floor(Math.min(...xs)) - 1 - bendMargin);
  const xEnd = Math.min(target.width - 1, Math.ceil(Math.max(...xs)) + 1 + bendMargin);

  for (let y = yStart; y <= yEnd; y += 1) {
    const cy = y + 0.5;
    let offset = (y * target.width + xStart) * 4;
    for (let x = xStart; x <= xEnd; x += 1, offset += 4) {
      const cx = x + 0.5;
      const w = g * cx + k * cy + 1;
      const u = (a * cx + b * cy + c) / w - 0.5;
      if (u < -1 || u > sw) continue;
      const v = (d * cx + e * cy + f) / w - 0.5 + (bendTable[clamp(Math.round(u), 0, sw)] as number);
      if (u < -1 || v < -1 || u > sw || v > sh) continue;

      // Coverage fades over the outermost pixel so the paper edge is not jagged.
      const coverage = Math.min(1, u + 1, v + 1, sw - u, sh - v);
      const x0 = clamp(Math.floor(u), 0, sw - 2);
      const y0 = clamp(Math.floor(v), 0, sh - 2);
      const fx = clamp(u - x0, 0, 1);
      const fy = clamp(v - y0, 0, 1);
      const w00 = (1 - fx) * (1 - fy);
      const w01 = fx * (1 - fy);
      const w10 = (1 - fx) * fy;
      const w11 = fx * fy;
      const i00 = (y0 * sw + x0) * 4;
      const i10 = i00 + sw * 4;
      const r = (src[i00] as number) * w00 + (src[i00 + 4] as number) * w01 + (src[i10] as number) * w10 + (src[i10 + 4] as number) * w11;
      const gr = (src[i00 + 1] as number) * w00 + (src[i00 + 5] as number) * w01 + (src[i10 + 1] as number) * w10 + (src[i10 + 5] as number) * w11;
      const bl = (src[i00 + 2] as number) * w00 + (src[i00 + 6] as number) * w01 + (src[i10 + 2] as number) * w10 + (src[i10 + 6] as number) * w11;
      if (coverage >= 1) {
        dst[offset] = r;
        dst[offset + 1] = gr;
        dst[offset + 2] = bl;
      } else {
        dst[offset] = (dst[offset] as number) * (1 - coverage) + r * coverage;
        dst[offset + 1] = (dst[offset + 1] as number) * (1 - coverage) + gr * coverage;
        dst[offset + 2] = (dst[offset + 2] as number) * (1 - coverage) + bl * coverage;
      }
    }
  }
}

import { RgbImage } from '../image/rgb-image';
import { Point, Quad } from '../types';

/** Coefficients of the projective map from the unit square to a quad (Heckbert, 1989). */
interface SquareToQuad {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
  g: number;
  h: number;
}

function squareToQuad(quad: Quad): SquareToQuad {
  const [p0, p1, p2, p3] = quad;
  const dx3 = p0.x - p1.x + p2.x - p3.x;
  const dy3 = p0.y - p1.y + p2.y - p3.y;

  let g = 0;
  let h = 0;
  const det = (p1.x - p2.x) * (p3.y - p2.y) - (p3.x - p2.x) * (p1.y - p2.y);
  if ((dx3 !== 0 || dy3 !== 0) && Math.abs(det) > 1e-9) {
    g = (dx3 * (p3.y - p2.y) - (p3.x - p2.x) * dy3) / det;
    h = ((p1.x - p2.x) * dy3 - dx3 * (p1.y - p2.y)) / det;
  }

  return {
    a: p1.x - p0.x + g * p1.x,
    b: p3.x - p0.x + h * p3.x,
    c: p0.x,
    d: p1.y - p0.y + g * p1.y,
    e: p3.y - p0.y + h * p3.y,
    f: p0.y,
    g,
    h,
  };
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** Crop width that keeps the quad's aspect ratio at the target height. */
function cropWidth(quad: Quad, targetHeight: number): number {
  const [lt, rt, rb, lb] = quad;
  const width = (distance(lt, rt) + distance(lb, rb)) / 2;
  const height = (distance(lt, lb) + distance(rt, rb)) / 2;

  return Math.max(1, Math.round((targetHeight * width) / Math.max(height, 1e-6)));
}

/** Reusable accumulator of one output pixel's R, G and B sums. */
interface PixelSum {
  red: number;
  green: number;
  blue: number;
}

/** Adds the bilinear sample at (x, y), edges clamped, to `sum`. */
function addBilinearSample(image: RgbImage, x: number, y: number, sum: PixelSum): void {
  const maxX = image.width - 1;
  const maxY = image.height - 1;
  const cx = Math.min(Math.max(x, 0), maxX);
  const cy = Math.min(Math.max(y, 0), maxY);
  const x0 = Math.floor(cx);
  const y0 = Math.floor(cy);
  const fx = cx - x0;
  const fy = cy - y0;
  const stepX = x0 < maxX ? 3 : 0;
  const stepY = y0 < maxY ? image.width * 3 : 0;

  const data = image.data;
  const i00 = (y0 * image.width + x0) * 3;
  const i01 = i00 + stepY;
  const w00 = (1 - fx) * (1 - fy);
  const w10 = fx * (1 - fy);
  const w01 = (1 - fx) * fy;
  const w11 = fx * fy;
  sum.red += data[i00]! * w00 + data[i00 + stepX]! * w10 + data[i01]! * w01 + data[i01 + stepX]! * w11;
  sum.green += data[i00 + 1]! * w00 + data[i00 + stepX + 1]! * w10 + data[i01 + 1]! * w01 + data[i01 + stepX + 1]! * w11;
  sum.blue += data[i00 + 2]! * w00 + data[i00 + stepX + 2]! * w10 + data[i01 + 2]! * w01 + data[i01 + stepX + 2]! * w11;
}

/**
 * Cuts a text line out of an image and straightens it: the quad (lt, rt, rb, lb) is mapped by a
 * perspective transform onto a `targetHeight`-pixel-high rectangle whose width keeps the quad's
 * aspect ratio. Samples are bilinear with edges clamped. When the quad is at least twice the
 * target height, each output pixel averages a grid of up to 4×4 samples, so thin strokes survive.
 * `targetWidth`, when given, fixes the output width instead.
 */
export function cropQuad(image: RgbImage, quad: Quad, targetHeight: number, targetWidth?: number): RgbImage {
  const height = Math.max(1, Math.round(targetHeight));
  const width = targetWidth === undefined ? cropWidth(quad, height) : Math.max(1, Math.round(targetWidth));
  const map = squareToQuad(quad);

  const sourceHeight = (distance(quad[0], quad[3]) + distance(quad[1], quad[2])) / 2;
  const grid = Math.min(4, Math.max(1, Math.floor(sourceHeight / height)));
  const weight = 1 / (grid * grid);

  const data = new Uint8Array(width * height * 3);
  const sum: PixelSum = { red: 0, green: 0, blue: 0 };
  for (let row = 0; row < height; row += 1) {
    for (let column = 0; column < width; column += 1) {
      sum.red = 0;
      sum.green = 0;
      sum.blue = 0;
      for (let subRow = 0; subRow < grid; subRow += 1) {
        const t = (row + (subRow + 0.5) / grid) / height;
        for (let subColumn = 0; subColumn < grid; subColumn += 1) {
          const s = (column + (subColumn + 0.5) / grid) / width;
          const w = map.g * s + map.h * t + 1;
          const x = (map.a * s + map.b * t + map.c) / w;
          const y = (map.d * s + map.e * t + map.f) / w;
          addBilinearSample(image, x - 0.5, y - 0.5, sum);
        }
      }

      const offset = (row * width + column) * 3;
      data[offset] = Math.round(sum.red * weight);
      data[offset + 1] = Math.round(sum.green * weight);
      data[offset + 2] = Math.round(sum.blue * weight);
    }
  }

  return { data, width, height };
}

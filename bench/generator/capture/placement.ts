/**
 * Placement of the license in a photo: a random size, tilt and perspective that keeps all four
 * corners inside the frame.
 */
import type { Point, Quad } from '../../../src/engine/types';
import { Random } from '../random';

export interface PlacementOptions {
  /** Largest in-plane tilt in degrees. */
  maxTiltDegrees: number;
  /** Share of the frame the object spans along its fitting side, as [min, max]. */
  coverage: [number, number];
  /** Largest corner displacement for perspective, as a share of the object's width. */
  perspective: number;
}

/** Places a `aspect`-shaped object (width / height) into a `frameWidth` x `frameHeight` frame. */
export function placeQuad(frameWidth: number, frameHeight: number, aspect: number, random: Random, options: PlacementOptions): Quad {
  const margin = Math.min(frameWidth, frameHeight) * 0.025;
  const tilt = (random.float(-options.maxTiltDegrees, options.maxTiltDegrees) * Math.PI) / 180;
  let coverage = random.float(options.coverage[0], options.coverage[1]);
  const jitter: Point[] = [0, 1, 2, 3].map(() => ({ x: random.float(-1, 1), y: random.float(-1, 1) }));
  const shiftX = random.float(-0.06, 0.06) * frameWidth;
  const shiftY = random.float(-0.06, 0.06) * frameHeight;

  for (let attempt = 0; attempt < 40; attempt += 1) {
    const fitsByWidth = aspect >= frameWidth / frameHeight;
    const width = fitsByWidth ? frameWidth * coverage : frameHeight * coverage * aspect;
    const height = width / aspect;
    const cx = frameWidth / 2 + shiftX * (1 - attempt / 40);
    const cy = frameHeight / 2 + shiftY * (1 - attempt / 40);
    const cos = Math.cos(tilt);
    const sin = Math.sin(tilt);
    const offsets: Point[] = [
      { x: -width / 2, y: -height / 2 },
      { x: width / 2, y: -height / 2 },
      { x: width / 2, y: height / 2 },
      { x: -width / 2, y: height / 2 },
    ];
    const quad = offsets.map((offset, index) => {
      const wobble = jitter[index] as Point;
      const x = offset.x + wobble.x * options.perspective * width;
      const y = offset.y + wobble.y * options.perspective * width;
      return { x: cx + x * cos - y * sin, y: cy + x * sin + y * cos };
    }) as Quad;
    const inside = quad.every(
      (point) => point.x >= margin && point.y >= margin && point.x <= frameWidth - margin && point.y <= frameHeight - margin,
    );
    if (inside) return quad;
    coverage *= 0.95;
  }
  throw new Error(`could not place a ${aspect.toFixed(2)} object in a ${frameWidth}x${frameHeight} frame`);
}

/** Returns the length of the quad's longest edge, the resolution worth rendering the page at. */
export function longestEdge(quad: Quad): number {
  let longest = 0;
  for (let i = 0; i < 4; i += 1) {
    const a = quad[i] as Point;
    const b = quad[(i + 1) % 4] as Point;
    longest = Math.max(longest, Math.hypot(b.x - a.x, b.y - a.y));
  }
  return longest;
}

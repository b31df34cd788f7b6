import { Point, Quad } from '../types';

/** A rotated rectangle: centre, unit axis `u` along the long side, half-lengths along `u` and its normal. */
export interface RotatedRect {
  cx: number;
  cy: number;
  ux: number;
  uy: number;
  halfLong: number;
  halfShort: number;
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** Convex hull by Andrew's monotone chain, counter-clockwise, without collinear points. */
export function convexHull(points: Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length <= 2) {
    return sorted;
  }

  const lower: Point[] = [];
  for (const point of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, point) <= 0) {
      lower.pop();
    }
    lower.push(point);
  }

  const upper: Point[] = [];
  for (let index = sorted.length - 1; index >= 0; index -= 1) {
    const point = sorted[index]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, point) <= 0) {
      upper.pop();
    }
    upper.push(point);
  }

  lower.pop();
  upper.pop();
  return lower.concat(upper);
}

/**
 * Minimum-area enclosing rectangle of a convex hull: one side of the optimal rectangle lies on a
 * hull edge, so every edge direction is tried.
 */
export function minAreaRect(hull: Point[]): RotatedRect | null {
  if (hull.length < 3) {
    return null;
  }

  let best: RotatedRect | null = null;
  let bestArea = Infinity;
  for (let index = 0; index < hull.length; index += 1) {
    const a = hull[index]!;
    const b = hull[(index + 1) % hull.length]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length === 0) {
      continue;
    }

    const ux = (b.x - a.x) / length;
    const uy = (b.y - a.y) / length;
    let minU = Infinity;
    let maxU = -Infinity;
    let minV = Infinity;
    let maxV = -Infinity;
    for (const point of hull) {
      const projectionU = point.x * ux + point.y * uy;
      const projectionV = -point.x * uy + point.y * ux;
      minU = Math.min(minU, projectionU);
      maxU = Math.max(maxU, projectionU);
      minV = Math.min(minV, projectionV);
      maxV = Math.max(maxV, projectionV);
    }

    const area = (maxU - minU) * (maxV - minV);
    if (area < bestArea) {
      bestArea = area;
      const centreU = (minU + maxU) / 2;
      const centreV = (minV + maxV) / 2;
      best = toLongAxis({
        cx: centreU * ux - centreV * uy,
        cy: centreU * uy + centreV * ux,
        ux,
        uy,
        halfLong: (maxU - minU) / 2,
        halfShort: (maxV - minV) / 2,
      });
    }
  }

  return best;
}

/** Swaps the axes when needed so that `u` runs along the long side and points rightwards. */
function toLongAxis(rect: RotatedRect): RotatedRect {
  let { ux, uy, halfLong, halfShort } = rect;
  if (halfShort > halfLong) {
    [halfLong, halfShort] = [halfShort, halfLong];
    [ux, uy] = [-uy, ux];
  }
  if (ux < 0 || (ux === 0 && uy < 0)) {
    ux = -ux;
    uy = -uy;
  }

  return { ...rect, ux, uy, halfLong, halfShort };
}

/**
 * Corners of a rotated rectangle as (lt, rt, rb, lb): of the two leftmost corners the upper one is
 * left-top, and of the two rightmost the upper one is right-top.
 */
export function rectCorners(rect: RotatedRect): Quad {
  const { cx, cy, ux, uy, halfLong, halfShort } = rect;
  const vx = -uy;
  const vy = ux;
  const corners: Point[] = [
    { x: cx - ux * halfLong - vx * halfShort, y: cy - uy * halfLong - vy * halfShort },
    { x: cx + ux * halfLong - vx * halfShort, y: cy + uy * halfLong - vy * halfShort },
    { x: cx + ux * halfLong + vx * halfShort, y: cy + uy * halfLong + vy * halfShort },
    { x: cx - ux * halfLong + vx * halfShort, y: cy - uy * halfLong + vy * halfShort },
  ];

  const byX = [...corners].sort((a, b) => a.x - b.x);
  const [leftA, leftB, rightA, rightB] = byX as [Point, Point, Point, Point];
  const [lt, lb] = leftA.y <= leftB.y ? [leftA, leftB] : [leftB, leftA];
  const [rt, rb] = rightA.y <= rightB.y ? [rightA, rightB] : [rightB, rightA];

  return [lt, rt, rb, lb];
}

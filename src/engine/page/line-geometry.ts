import type { Point, Quad } from '../types';

/** The long axis of a detected text box. */
export interface LineAxis {
  /** Direction of the long axis in degrees, in [0, 180), measured clockwise from +x (y points down). */
  angleDegrees: number;
  /** Mean length of the two long sides. */
  length: number;
  /** Mean length of the two short sides. */
  thickness: number;
}

/** Boxes at least this many times longer than thick count as text lines for orientation and skew. */
export const MIN_LINE_ASPECT = 2.5;

/** Measures a box's long axis from the mean of its opposite sides, whatever its corner order. */
export function lineAxis(quad: Quad): LineAxis {
  const [lt, rt, rb, lb] = quad;
  const across = { x: (rt.x - lt.x + rb.x - lb.x) / 2, y: (rt.y - lt.y + rb.y - lb.y) / 2 };
  const down = { x: (lb.x - lt.x + rb.x - rt.x) / 2, y: (lb.y - lt.y + rb.y - rt.y) / 2 };
  const acrossLength = Math.hypot(across.x, across.y);
  const downLength = Math.hypot(down.x, down.y);
  const long = acrossLength >= downLength ? across : down;
  const degrees = (Math.atan2(long.y, long.x) * 180) / Math.PI;

  return {
    angleDegrees: ((degrees % 180) + 180) % 180,
    length: Math.max(acrossLength, downLength),
    thickness: Math.min(acrossLength, downLength),
  };
}

/** Wraps an angle into (-90, 90]. */
export function wrapHalfTurn(degrees: number): number {
  let wrapped = ((degrees % 180) + 180) % 180;
  if (wrapped > 90) {
    wrapped -= 180;
  }
  return wrapped;
}

/**
 * Finds the value below which half of the total weight lies. Returns NaN for no values.
 */
export function weightedMedian(values: number[], weights: number[]): number {
  const order = values.map((_, index) => index).sort((left, right) => values[left]! - values[right]!);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let running = 0;

  for (const index of order) {
    running += weights[index]!;
    if (running >= total / 2) {
      return values[index]!;
    }
  }

  return Number.NaN;
}

/**
 * Reorders a quad's corners so that, with its long axis pointing right, they run left-top,
 * right-top, right-bottom, left-bottom. `quad` must be in upright coordinates, and
 * the returned permutation applies to any other copy of the same corners (such as the original
 * image's), which is how line crops come out upright without rotating the image.
 */
export function uprightCornerOrder(quad: Quad): [number, number, number, number] {
  const axis = lineAxis(quad);
  let radians = (axis.angleDegrees * Math.PI) / 180;
  // The long axis of a line on an upright page points right, within ±90°.
  if (axis.angleDegrees > 90) {
    radians -= Math.PI;
  }

  const along = { x: Math.cos(radians), y: Math.sin(radians) };
  const centre = quadCentre(quad);
  const ranked = quad.map((corner, index) => ({
    index,
    alongOffset: (corner.x - centre.x) * along.x + (corner.y - centre.y) * along.y,
    downOffset: -(corner.x - centre.x) * along.y + (corner.y - centre.y) * along.x,
  }));

  // The two corners furthest left form the left side; of each side, the upper one comes first.
  ranked.sort((left, right) => left.alongOffset - right.alongOffset);
  const [leftA, leftB, rightA, rightB] = ranked as [typeof ranked[0], typeof ranked[0], typeof ranked[0], typeof ranked[0]];
  const [leftTop, leftBottom] = leftA.downOffset <= leftB.downOffset ? [leftA, leftB] : [leftB, leftA];
  const [rightTop, rightBottom] = rightA.downOffset <= rightB.downOffset ? [rightA, rightB] : [rightB, rightA];

  return [leftTop.index, rightTop.index, rightBottom.index, leftBottom.index];
}

export function permuteQuad(quad: Quad, order: [number, number, number, number]): Quad {
  return [quad[order[0]]!, quad[order[1]]!, quad[order[2]]!, quad[order[3]]!];
}

/** Turns a quad by half a turn: the same box read upside down. */
export function turnQuadHalfway(quad: Quad): Quad {
  return [quad[2], quad[3], quad[0], quad[1]];
}

export function quadCentre(quad: Quad): Point {
  return {
    x: (quad[0].x + quad[1].x + quad[2].x + quad[3].x) / 4,
    y: (quad[0].y + quad[1].y + quad[2].y + quad[3].y) / 4,
  };
}

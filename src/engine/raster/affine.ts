import type { Point } from '../types';

/**
 * A 2-D affine map `x' = a·x + b·y + c`, `y' = d·x + e·y + f` on continuous pixel coordinates,
 * where pixel (i, j) covers the square [i, i+1) × [j, j+1).
 */
export interface AffineMatrix {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

export function applyAffine(matrix: AffineMatrix, point: Point): Point {
  return {
    x: matrix.a * point.x + matrix.b * point.y + matrix.c,
    y: matrix.d * point.x + matrix.e * point.y + matrix.f,
  };
}

/** Inverts an affine map; throws when the map is singular. */
export function invertAffine(matrix: AffineMatrix): AffineMatrix {
  const determinant = matrix.a * matrix.e - matrix.b * matrix.d;
  if (Math.abs(determinant) < 1e-12) {
    throw new RangeError(`affine matrix is singular (determinant ${determinant}); it cannot be inverted`);
  }

  const a = matrix.e / determinant;
  const b = -matrix.b / determinant;
  const d = -matrix.d / determinant;
  const e = matrix.a / determinant;
  return { a, b, c: -(a * matrix.c + b * matrix.f), d, e, f: -(d * matrix.c + e * matrix.f) };
}

/**
 * Builds the map that rotates points clockwise (as seen on screen, with y pointing down) by
 * `degrees` about `from`, then moves `from` onto `to`.
 */
export function rotationAbout(degrees: number, from: Point, to: Point): AffineMatrix {
  const radians = (degrees * Math.PI) / 180;
  const cos = roundNearInteger(Math.cos(radians));
  const sin = roundNearInteger(Math.sin(radians));
  return {
    a: cos,
    b: -sin,
    c: to.x - cos * from.x + sin * from.y,
    d: sin,
    e: cos,
    f: to.y - sin * from.x - cos * from.y,
  };
}

/** Snaps values within 1e-12 of an integer, so quarter turns map pixel corners exactly. */
function roundNearInteger(value: number): number {
  const rounded = Math.round(value);
  return Math.abs(value - rounded) < 1e-12 ? rounded : value;
}

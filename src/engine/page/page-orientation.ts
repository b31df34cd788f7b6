import type { Quad } from '../types';
import { MIN_LINE_ASPECT, lineAxis, weightedMedian, wrapHalfTurn } from './line-geometry';
import type { PageRotation } from './page-transform';

/** Largest skew that readPage corrects; a larger median angle is treated as noise. */
export const MAX_SKEW_DEGREES = 20;

/**
 * Decides from box geometry alone whether text runs along the image's x axis (the page is at 0°
 * or 180°) or its y axis (90° or 270°). Each text-line box votes with its length, so a few short
 * or square boxes (seals, QR codes, single characters) cannot outvote the body lines. Returns the
 * clockwise turn that makes lines horizontal, 0 or 90; telling 0 from 180 and 90 from 270 needs
 * the line contents.
 */
export function estimateQuarterTurn(boxes: Quad[]): 0 | 90 {
  let horizontal = 0;
  let vertical = 0;

  for (const box of boxes) {
    const axis = lineAxis(box);
    if (axis.length < MIN_LINE_ASPECT * axis.thickness) {
      continue;
    }

    const offHorizontal = Math.abs(wrapHalfTurn(axis.angleDegrees));
    if (offHorizontal <= 45) {
      horizontal += axis.length;
    } else {
      vertical += axis.length;
    }
  }

  return vertical > horizontal ? 90 : 0;
}

/**
 * Estimates the clockwise skew correction, in degrees, that makes text lines horizontal after the
 * page has been turned by `rotation`: the length-weighted median of the line boxes' angles, so a
 * few stray boxes do not move it. Returns 0 when no box looks like a text line.
 */
export function estimateSkewCorrection(boxes: Quad[], rotation: PageRotation): number {
  const angles: number[] = [];
  const weights: number[] = [];

  for (const box of boxes) {
    const axis = lineAxis(box);
    if (axis.length < MIN_LINE_ASPECT * axis.thickness) {
      continue;
    }

    const tilt = wrapHalfTurn(axis.angleDegrees + rotation);
    if (Math.abs(tilt) <= MAX_SKEW_DEGREES + 10) {
      angles.push(tilt);
      weights.push(axis.length);
    }
  }

  if (angles.length === 0) {
    return 0;
  }

  const tilt = weightedMedian(angles, weights);
  if (Math.abs(tilt) > MAX_SKEW_DEGREES) {
    return 0;
  }

  // Lines tilted clockwise by `tilt` are straightened by turning the page back by the same angle.
  return tilt === 0 ? 0 : -tilt;
}

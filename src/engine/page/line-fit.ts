import type { Point } from '../types';

/**
 * A straight line written as `across = slope · along + offset`. For a top or bottom side `along` is
 * x and `across` is y; for a left or right side `along` is y and `across` is x, so near-vertical
 * sides stay well conditioned.
 */
export interface SideLine {
  slope: number;
  offset: number;
}

/** Samples on one side, as (along, across) pairs. */
export interface SideSample {
  along: number;
  across: number;
}

/**
 * Fits a line through side samples by least squares, then twice drops the samples that lie further
 * than max(2.5 × median residual, `minTolerance`) from it and refits, so text, seals or shadows
 * that stopped a few scans early do not bend the side. Returns null for fewer than 3 samples.
 */
export function fitSideLine(samples: SideSample[], minTolerance: number): SideLine | null {
  let kept = samples;
  let line = leastSquares(kept);

  for (let round = 0; round < 2 && line; round += 1) {
    const fitted = line;
    const residuals = kept.map((sample) => Math.abs(sample.across - (fitted.slope * sample.along + fitted.offset)));
    const tolerance = Math.max(2.5 * median(residuals), minTolerance);
    const inliers = kept.filter((_, index) => residuals[index]! <= tolerance);
    if (inliers.length === kept.length || inliers.length < 3) {
      break;
    }

    kept = inliers;
    line = leastSquares(kept);
  }

  return line;
}

/** Intersects a horizontal-ish side (y = f(x)) with a vertical-ish side (x = g(y)). */
export function intersectSides(horizontal: SideLine, vertical: SideLine): Point {
  // y = h.slope·x + h.offset and x = v.slope·y + v.offset.
  const denominator = 1 - horizontal.slope * vertical.slope;
  const y = (horizontal.slope * vertical.offset + horizontal.offset) / denominator;
  return { x: vertical.slope * y + vertical.offset, y };
}

function leastSquares(samples: SideSample[]): SideLine | null {
  if (samples.length < 3) {
    return null;
  }

  const count = samples.length;
  const meanAlong = samples.reduce((sum, sample) => sum + sample.along, 0) / count;
  const meanAcross = samples.reduce((sum, sample) => sum + sample.across, 0) / count;
  let covariance = 0;
  let variance = 0;
  for (const sample of samples) {
    covariance += (sample.along - meanAlong) * (sample.across - meanAcross);
    variance += (sample.along - meanAlong) ** 2;
  }

  const slope = variance > 0 ? covariance / variance : 0;
  return { slope, offset: meanAcross - slope * meanAlong };
}

export function median(values: number[]): number {
  if (values.length === 0) {
    return Number.NaN;
  }

  const sorted = [...values].sort((left, right) => left - right);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

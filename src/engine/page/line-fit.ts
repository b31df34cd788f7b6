import type { Point } from '../types';

/**
 * A straight line written as `across = slope · along + offset`. For a top or bottom side `along` is
 * x and `across` is y. For a left or right side they swap, so near-vertical sides keep a small slope.
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
 * Fits a side line robustly: every pair of samples proposes a line, the proposal with the most
 * samples within `tolerance` of it wins, and least squares refits those samples. A scan that
 * stopped early at a QR code, seal or shadow lies inside the true edge, so among proposals with
 * equally many samples the one furthest in the `outward` direction (-1 or +1 along `across`) wins.
 * Returns null for fewer than 3 samples or when no proposal has 3 samples within `tolerance`.
 */
export function fitSideLine(samples: SideSample[], tolerance: number, outward: -1 | 1 = 1): SideLine | null {
  let best: SideSample[] = [];
  let bestReach = -Infinity;

  for (let i = 0; i < samples.length; i += 1) {
    for (let j = i + 1; j < samples.length; j += 1) {
      const first = samples[i]!;
      const second = samples[j]!;
      if (first.along === second.along) {
        continue;
      }

      const slope = (second.across - first.across) / (second.along - first.along);
      const offset = first.across - slope * first.along;
      const inliers = samples.filter((sample) => Math.abs(sample.across - (slope * sample.along + offset)) <= tolerance);
      const reach = outward * inliers.reduce((sum, sample) => sum + sample.across, 0) / inliers.length;
      if (inliers.length > best.length || (inliers.length === best.length && reach > bestReach)) {
        best = inliers;
        bestReach = reach;
      }
    }
  }

  return leastSquares(best);
}

/** Counts the samples within `tolerance` of `line`. */
export function countNear(samples: SideSample[], line: SideLine, tolerance: number): number {
  return samples.filter((sample) => Math.abs(sample.across - (line.slope * sample.along + line.offset)) <= tolerance).length;
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

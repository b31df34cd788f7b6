import type { RgbImage } from '../image/rgb-image';
import { applyAffine } from '../raster/affine';
import type { PageTransform } from './page-transform';
import type { SideSample } from './line-fit';

/** An axis-aligned rectangle in the upright frame. */
export interface Extent {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Side = 'top' | 'right' | 'bottom' | 'left';

/** Where one side's scans stopped. */
export interface SideScan {
  samples: SideSample[];
  /** How many scans ran into the image border while still on paper. */
  reachedBorder: number;
}

/** Scans per side, spread over the middle of the text extent. */
const SCANS_PER_SIDE = 32;

/** Largest colour difference (per channel, 0–255) between a paper pixel and the running paper colour. */
const PAPER_TOLERANCE = 40;

/**
 * Reads the upright page at reduced scale without warping it: each sample maps an upright point
 * into the reduced original and takes the nearest pixel, or null outside the image.
 */
export class UprightSampler {
  constructor(
    private readonly image: RgbImage,
    private readonly transform: PageTransform,
  ) {}

  get width(): number {
    return this.transform.width;
  }

  get height(): number {
    return this.transform.height;
  }

  sample(x: number, y: number, into: number[]): boolean {
    const source = applyAffine(this.transform.toOriginal, { x, y });
    const column = Math.floor(source.x);
    const row = Math.floor(source.y);
    if (column < 0 || row < 0 || column >= this.image.width || row >= this.image.height) {
      return false;
    }

    const index = (row * this.image.width + column) * 3;
    into[0] = this.image.data[index]!;
    into[1] = this.image.data[index + 1]!;
    into[2] = this.image.data[index + 2]!;
    return true;
  }
}

/** Estimates the paper colour as the per-channel median of a grid of samples inside the text extent. */
export function estimatePaperColour(sampler: UprightSampler, extent: Extent): number[] | null {
  const channels: number[][] = [[], [], []];
  const pixel = [0, 0, 0];
  const steps = 24;

  for (let i = 0; i <= steps; i += 1) {
    for (let j = 0; j <= steps; j += 1) {
      const x = extent.left + ((extent.right - extent.left) * i) / steps;
      const y = extent.top + ((extent.bottom - extent.top) * j) / steps;
      if (sampler.sample(x, y, pixel)) {
        channels.forEach((values, channel) => values.push(pixel[channel]!));
      }
    }
  }

  if (channels[0]!.length === 0) {
    return null;
  }
  return channels.map((values) => values.sort((left, right) => left - right)[values.length >> 1]!);
}

/**
 * Walks outward from the text extent along scans perpendicular to one side and records where the
 * paper ends: just past the last paper-coloured pixel before a run of at least `minGap` other
 * pixels, which is longer than a printed border band but shorter than the background around the
 * page. The paper colour follows the scan slowly, so shading across the page does not end it.
 */
export function scanSide(sampler: UprightSampler, extent: Extent, side: Side, paper: number[], minGap: number): SideScan {
  const horizontalSide = side === 'top' || side === 'bottom';
  const alongStart = horizontalSide ? extent.left : extent.top;
  const alongEnd = horizontalSide ? extent.right : extent.bottom;
  const outward = side === 'top' || side === 'left' ? -1 : 1;
  const start = { top: extent.top, bottom: extent.bottom, left: extent.left, right: extent.right }[side];
  const limit = horizontalSide ? sampler.height : sampler.width;
  const samples: SideSample[] = [];
  let reachedBorder = 0;

  for (let i = 0; i < SCANS_PER_SIDE; i += 1) {
    const along = alongStart + ((alongEnd - alongStart) * (i + 0.5)) / SCANS_PER_SIDE;
    const result = walkOutward(sampler, horizontalSide, along, start, outward, limit, [...paper], minGap);
    samples.push({ along, across: result.edge });
    if (result.reachedBorder) {
      reachedBorder += 1;
    }
  }

  return { samples, reachedBorder };
}

function walkOutward(
  sampler: UprightSampler,
  horizontalSide: boolean,
  along: number,
  start: number,
  outward: number,
  limit: number,
  reference: number[],
  minGap: number,
): { edge: number; reachedBorder: boolean } {
  const pixel = [0, 0, 0];
  // Position of the boundary just outside the last paper pixel seen.
  let edge = start;
  let gap = 0;

  for (let across = start; across >= 0 && across < limit; across += outward) {
    const inside = horizontalSide
      ? sampler.sample(along, across + 0.5, pixel)
      : sampler.sample(across + 0.5, along, pixel);
    if (!inside) {
      return gap === 0 ? { edge: across + (outward > 0 ? 0 : 1), reachedBorder: true } : { edge, reachedBorder: false };
    }

    if (isPaper(pixel, reference)) {
      edge = outward > 0 ? across + 1 : across;
      gap = 0;
      for (let channel = 0; channel < 3; channel += 1) {
        reference[channel] = reference[channel]! * 0.9 + pixel[channel]! * 0.1;
      }
    } else {
      gap += 1;
      if (gap >= minGap) {
        return { edge, reachedBorder: false };
      }
    }
  }

  return { edge: gap === 0 ? (outward > 0 ? limit : 0) : edge, reachedBorder: gap === 0 };
}

function isPaper(pixel: number[], reference: number[]): boolean {
  return (
    Math.abs(pixel[0]! - reference[0]!) <= PAPER_TOLERANCE &&
    Math.abs(pixel[1]! - reference[1]!) <= PAPER_TOLERANCE &&
    Math.abs(pixel[2]! - reference[2]!) <= PAPER_TOLERANCE
  );
}

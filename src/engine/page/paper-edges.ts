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

/** Scans per side, spread over the middle of the text extent. */
const SCANS_PER_SIDE = 32;

/** Largest change of the red or blue share of a pixel's brightness that still counts as paper. */
const MAX_CHROMA_SHIFT = 0.035;

/**
 * Reads the upright page at reduced scale without warping or shrinking the image. `transform`
 * maps the reduced upright frame to the original shrunk by `factor`. Each sample averages up to
 * 3 × 3 original pixels spread over the `factor` × `factor` block it stands for. That smooths
 * noise and print like an area average, at a fraction of the cost of shrinking a 12 MP photo.
 */
export class UprightSampler {
  private readonly step: number;

  constructor(
    private readonly image: RgbImage,
    private readonly transform: PageTransform,
    private readonly factor: number,
  ) {
    this.step = Math.max(1, Math.floor(factor / 3));
  }

  get width(): number {
    return this.transform.width;
  }

  get height(): number {
    return this.transform.height;
  }

  /** Writes the mean colour at an upright point into `into`; returns false outside the image. */
  sample(x: number, y: number, into: number[]): boolean {
    const source = applyAffine(this.transform.toOriginal, { x, y });
    const left = Math.floor(source.x * this.factor);
    const top = Math.floor(source.y * this.factor);
    if (left < 0 || top < 0 || left >= this.image.width || top >= this.image.height) {
      return false;
    }

    const right = Math.min(left + this.factor, this.image.width);
    const bottom = Math.min(top + this.factor, this.image.height);
    let red = 0;
    let green = 0;
    let blue = 0;
    let count = 0;
    for (let row = top; row < bottom; row += this.step) {
      for (let column = left; column < right; column += this.step) {
        const index = (row * this.image.width + column) * 3;
        red += this.image.data[index]!;
        green += this.image.data[index + 1]!;
        blue += this.image.data[index + 2]!;
        count += 1;
      }
    }

    into[0] = red / count;
    into[1] = green / count;
    into[2] = blue / count;
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

export interface ScanOptions {
  /** A run of this many non-paper pixels ends the paper. */
  minGap: number;
  /** Darkest a paper pixel may be, relative to the running paper colour (sum of channels). */
  minBrightnessRatio: number;
  /**
   * Brightness ratio that, when set, also ends the paper at a flat neutral run this much darker
   * than the paper next to it: the edge of a white card on a pale app background.
   */
  stepRatio?: number;
}

// NOTE: the step thresholds below were tuned on generated phone screenshots, a white card on gray
// app backgrounds 4–6% darker. A real app with a card on a background of another tint is untested.

/** Samples in a row that make a flat step down from the paper. */
const STEP_RUN = 3;

/** Brightness spread within a step's run, as a share of its brightest sample, that still counts as flat. */
const STEP_FLATNESS = 0.015;

/** A step darker than this share of the paper is ink or a shadow, not an app background. */
const STEP_MIN_RATIO = 0.6;

/** Largest change of any channel, as a share of the card's value, for paper that a step may start from. */
const STEP_CARD_MATCH = 0.03;

/**
 * Largest chromaticity change from the paper that a step's background may have. A gray app
 * background stays within it, and the pale tan inner edge of a card's frame band does not.
 */
const STEP_MAX_CHROMA_SHIFT = 0.010;

/** The ends of one side's scans. */
export interface SideScan {
  samples: SideSample[];
  /** How many scans ran off the image while still on paper. */
  reachedBorder: number;
}

/**
 * Walks outward from the text extent along scans perpendicular to one side and records where the
 * paper ends: just past the last paper-coloured pixel before a run of at least `minGap` other
 * pixels, which is longer than a printed border band but shorter than the background around the
 * page. The paper colour follows the scan slowly, so shading across the page does not end it.
 */
export function scanSide(sampler: UprightSampler, extent: Extent, side: Side, paper: number[], options: ScanOptions): SideScan {
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
    const walk = new ScanWalk(sampler, horizontalSide, along, outward, [...paper], options);
    samples.push({ along, across: walk.run(start, limit) });
    if (walk.reachedBorder) {
      reachedBorder += 1;
    }
  }

  return { samples, reachedBorder };
}

/** One scan outward from the text; `run` returns the position just past the last paper pixel. */
class ScanWalk {
  reachedBorder = false;

  constructor(
    private readonly sampler: UprightSampler,
    private readonly horizontalSide: boolean,
    private readonly along: number,
    private readonly outward: number,
    private readonly reference: number[],
    private readonly options: ScanOptions,
  ) {}

  run(start: number, limit: number): number {
    const pixel = [0, 0, 0];
    const step = new StepRun(this.options.stepRatio, this.reference.slice());
    const recentPaper = new RecentPaper();
    let edge = start;
    let gap = 0;

    for (let across = start; across >= 0 && across < limit; across += this.outward) {
      const inside = this.horizontalSide
        ? this.sampler.sample(this.along, across + 0.5, pixel)
        : this.sampler.sample(across + 0.5, this.along, pixel);
      if (!inside) {
        break;
      }

      const stepStart = step.add(pixel, recentPaper.brightest(), across);
      if (stepStart !== null) {
        return this.outward > 0 ? stepStart : stepStart + 1;
      }
      // A sample that may begin a background counts as other colour, not as paper.
      const paper = step.length === 0 && isPaper(pixel, this.reference, this.options.minBrightnessRatio);
      recentPaper.push(paper ? pixel : null);
      if (paper) {
        edge = this.outward > 0 ? across + 1 : across;
        gap = 0;
        for (let channel = 0; channel < 3; channel += 1) {
          this.reference[channel] = this.reference[channel]! * 0.9 + pixel[channel]! * 0.1;
        }
      } else {
        gap += 1;
        if (gap >= this.options.minGap) {
          return edge;
        }
      }
    }

    // Off the photo: paper that runs to the border ends there.
    this.reachedBorder = gap === 0;
    return edge;
  }
}

/**
 * Run of samples that may be a flat step down from the paper, opened by a sample darker than the
 * paper just before it. Shading across a photo changes too slowly to open one.
 */
class StepRun {
  length = 0;
  private first = 0;
  private readonly paper = [0, 0, 0];
  private darkest = Infinity;
  private brightest = -Infinity;

  /** `card` is the paper colour inside the text, and a step opens only from paper of that colour. */
  constructor(
    private readonly ratio: number | undefined,
    private readonly card: number[],
  ) {}

  /**
   * Adds the next sample and returns the run's first position once it is `STEP_RUN` long, else null.
   * `paper` is the brightest of the last paper samples, or null when neither was paper.
   */
  add(pixel: number[], paper: number[] | null, across: number): number | null {
    if (this.ratio === undefined) {
      return null;
    }

    if (this.length > 0 && !this.extend(pixel)) {
      // A sample straddling the edge is brighter than the background behind it, so start again here.
      this.length = 0;
      paper = this.paper;
    }
    if (this.length === 0 && !this.open(pixel, paper, across)) {
      return null;
    }
    return this.length >= STEP_RUN ? this.first : null;
  }

  private open(pixel: number[], paper: number[] | null, across: number): boolean {
    if (!paper || !matchesCard(paper, this.card) || !isStepBackground(pixel, paper, this.ratio!)) {
      return false;
    }

    this.paper.splice(0, 3, ...paper);
    this.first = across;
    this.length = 1;
    this.darkest = this.brightest = pixel[0]! + pixel[1]! + pixel[2]!;
    return true;
  }

  private extend(pixel: number[]): boolean {
    if (!isStepBackground(pixel, this.paper, this.ratio!)) {
      return false;
    }

    const brightness = pixel[0]! + pixel[1]! + pixel[2]!;
    const darkest = Math.min(this.darkest, brightness);
    const brightest = Math.max(this.brightest, brightness);
    if (brightest - darkest > STEP_FLATNESS * brightest) {
      return false;
    }

    this.darkest = darkest;
    this.brightest = brightest;
    this.length += 1;
    return true;
  }
}

/** Tells whether a paper sample has the card's colour, so a step is not taken from a pale border band. */
function matchesCard(paper: number[], card: number[]): boolean {
  return paper.every((value, channel) => Math.abs(value - card[channel]!) <= STEP_CARD_MATCH * card[channel]!);
}

/**
 * Keeps the last two samples of a scan that were paper. A sample straddling the card's edge blends
 * paper and background, so a step is measured from the brighter of the two.
 */
class RecentPaper {
  private readonly samples: Array<number[] | null> = [null, null];

  push(pixel: number[] | null): void {
    this.samples.shift();
    this.samples.push(pixel ? [...pixel] : null);
  }

  brightest(): number[] | null {
    const [older, newer] = this.samples;
    if (!older || !newer) {
      return older ?? newer ?? null;
    }
    return older[0]! + older[1]! + older[2]! > newer[0]! + newer[1]! + newer[2]! ? older : newer;
  }
}

/** Tells whether a pixel is a pale background: of the paper's tint and a little darker. */
function isStepBackground(pixel: number[], reference: number[], ratio: number): boolean {
  const pixelSum = pixel[0]! + pixel[1]! + pixel[2]! + 1;
  const referenceSum = reference[0]! + reference[1]! + reference[2]! + 1;
  if (pixelSum > ratio * referenceSum || pixelSum < STEP_MIN_RATIO * referenceSum) {
    return false;
  }

  const redShift = pixel[0]! / pixelSum - reference[0]! / referenceSum;
  const blueShift = pixel[2]! / pixelSum - reference[2]! / referenceSum;
  return Math.abs(redShift) <= STEP_MAX_CHROMA_SHIFT && Math.abs(blueShift) <= STEP_MAX_CHROMA_SHIFT;
}

/**
 * Tells whether a pixel looks like the paper: not much darker than the running paper colour (any
 * brighter is fine, because lighting across a photographed page varies far more than its tint)
 * and of nearly the same chromaticity, which tells paper from wood, a printed border or a seal.
 */
// NOTE: a license on a background of nearly its own brightness and tint (a light gray page on a
// monitor) is not told from it, so the located side then lies on the background's edge.
function isPaper(pixel: number[], reference: number[], minBrightnessRatio: number): boolean {
  const pixelSum = pixel[0]! + pixel[1]! + pixel[2]! + 1;
  const referenceSum = reference[0]! + reference[1]! + reference[2]! + 1;
  if (pixelSum < minBrightnessRatio * referenceSum) {
    return false;
  }

  const redShift = pixel[0]! / pixelSum - reference[0]! / referenceSum;
  const blueShift = pixel[2]! / pixelSum - reference[2]! / referenceSum;
  return Math.abs(redShift) <= MAX_CHROMA_SHIFT && Math.abs(blueShift) <= MAX_CHROMA_SHIFT;
}

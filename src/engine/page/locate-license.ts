import type { DebugSink } from '../debug';
import type { RgbImage } from '../image/rgb-image';
import { applyAffine } from '../raster/affine';
import { shrinkByFactor } from '../raster/shrink';
import type { OcrPage, Point, Quad } from '../types';
import { SideLine, countNear, fitSideLine, intersectSides } from './line-fit';
import { Extent, Side, UprightSampler, estimatePaperColour, scanSide } from './paper-edges';
import { createPageTransform } from './page-transform';

/** Long side of the reduced frame that the paper edges are searched in. */
const LOCATE_MAX_SIDE = 800;

/** Lines read with less confidence than this do not widen the text extent (noise, background). */
const MIN_LINE_SCORE = 0.5;

/** Margin added around the text on each side when no paper edge is found, as a share of the text extent. */
const FALLBACK_MARGIN = 0.06;

/** How far a scan's end may lie from its side's line and still count for it, as a share of the text extent. */
const SIDE_TOLERANCE_SHARE = 0.006;

/**
 * Darkest a paper pixel may be relative to the running paper colour. The loose ratio follows
 * lighting across a photographed page; the strict one stops at a pale background a little darker
 * than the paper, and is tried when the loose scans run off the photo.
 */
const LOOSE_BRIGHTNESS_RATIO = 0.72;
const STRICT_BRIGHTNESS_RATIO = 0.9;

/**
 * Brightness ratio below which a flat neutral run ends the paper in the step scans. These find a
 * white card on a pale app background, and their side wins when `MIN_STEP_SHARE` of its scans align.
 */
const STEP_RATIO = 0.975;
const MIN_STEP_SHARE = 0.5;

/** Lines further than this many line heights from the rest are not part of the license's text. */
const DETACHED_GAP_LINES = 3;

/**
 * A gap of other colour this long, as a share of the text extent, ends the paper during a scan.
 * It is longer than the printed border bands of the generated licenses it was tuned on.
 */
const GAP_SHARE = 0.05;

/**
 * Finds the license's four corners in the original image (left-top, right-top, right-bottom,
 * left-bottom as the license reads), for WeChat's `cert_position`.
 *
 * Working at reduced scale in the page's upright frame, it takes the paper colour from inside
 * the text extent, scans outward from each side of the text until the paper ends, fits a straight
 * line to each side and intersects them. Scans that run off the image end at its border, so a
 * full-frame scan or screenshot yields the image bounds. When a side cannot be fitted,
 * the text extent widened by a typical margin stands in. Corners of a license that runs off the
 * image lie outside it (they are not clamped). Returns null when the page has no text.
 */
export function locateLicense(image: RgbImage, page: OcrPage, debug?: DebugSink): Quad | null {
  const factor = Math.max(1, Math.ceil(Math.max(image.width, image.height) / LOCATE_MAX_SIDE));
  const transform = createPageTransform(
    Math.ceil(image.width / factor),
    Math.ceil(image.height / factor),
    page.rotation,
    page.skewDegrees,
  );
  const toSmallUpright = (point: Point): Point => {
    const original = page.toOriginal(point);
    return applyAffine(transform.toUpright, { x: original.x / factor, y: original.y / factor });
  };

  const extent = textExtent(page, toSmallUpright);
  if (!extent) {
    return null;
  }

  const sampler = new UprightSampler(image, transform, factor);
  const sides = findSides(sampler, extent);
  const smallCorners: Quad = [
    intersectSides(sides.top, sides.left),
    intersectSides(sides.top, sides.right),
    intersectSides(sides.bottom, sides.right),
    intersectSides(sides.bottom, sides.left),
  ];
  const corners = smallCorners.map((corner) => {
    const source = applyAffine(transform.toOriginal, corner);
    return { x: source.x * factor, y: source.y * factor };
  }) as Quad;

  if (debug) {
    const small = shrinkByFactor(image, factor);
    debug('license-corners', small, [corners.map((corner) => ({ x: corner.x / factor, y: corner.y / factor })) as Quad]);
  }
  return corners;
}

/**
 * Computes the bounding box of the confident lines in the reduced upright frame, leaving out lines
 * set apart above or below the rest (an app's title bar or buttons around an electronic license).
 * Leaving out a line of the license itself does no harm, because scans walk through text.
 */
function textExtent(page: OcrPage, toSmallUpright: (point: Point) => Point): Extent | null {
  const confident = page.lines.filter((line) => line.score >= MIN_LINE_SCORE);
  const lines = confident.length > 0 ? confident : page.lines;
  if (lines.length === 0) {
    return null;
  }

  const boxes = lines
    .map((line) => line.box.map(toSmallUpright))
    .map((points) => ({
      left: Math.min(...points.map((point) => point.x)),
      top: Math.min(...points.map((point) => point.y)),
      right: Math.max(...points.map((point) => point.x)),
      bottom: Math.max(...points.map((point) => point.y)),
    }))
    .sort((upper, lower) => upper.top + upper.bottom - lower.top - lower.bottom);
  const body = dropDetachedEnds(boxes);

  return {
    left: Math.min(...body.map((box) => box.left)),
    top: Math.min(...body.map((box) => box.top)),
    right: Math.max(...body.map((box) => box.right)),
    bottom: Math.max(...body.map((box) => box.bottom)),
  };
}

/**
 * Drops the boxes above the lowest wide gap in the top quarter of boxes sorted top to bottom, and
 * those below the highest wide gap in the bottom quarter. A wide gap is more than
 * `DETACHED_GAP_LINES` median line heights.
 */
function dropDetachedEnds(boxes: Extent[]): Extent[] {
  const heights = boxes.map((box) => box.bottom - box.top).sort((low, high) => low - high);
  const maxGap = DETACHED_GAP_LINES * heights[heights.length >> 1]!;
  const maxDropped = Math.floor(boxes.length / 4);
  const gapAfter = (index: number): number => boxes[index + 1]!.top - boxes[index]!.bottom;
  let first = 0;
  let last = boxes.length - 1;

  for (let index = 0; index < maxDropped; index += 1) {
    if (gapAfter(index) > maxGap) {
      first = index + 1;
    }
  }
  for (let index = boxes.length - 2; index >= boxes.length - 1 - maxDropped; index -= 1) {
    if (gapAfter(index) > maxGap) {
      last = index;
    }
  }

  return boxes.slice(first, last + 1);
}

/** Fits the four paper sides, falling back to the widened text extent for a side that fails. */
function findSides(sampler: UprightSampler, extent: Extent): Record<Side, SideLine> {
  const width = extent.right - extent.left;
  const height = extent.bottom - extent.top;
  const fallback: Record<Side, SideLine> = {
    top: { slope: 0, offset: Math.max(0, extent.top - FALLBACK_MARGIN * height) },
    bottom: { slope: 0, offset: Math.min(sampler.height, extent.bottom + FALLBACK_MARGIN * height) },
    left: { slope: 0, offset: Math.max(0, extent.left - FALLBACK_MARGIN * width) },
    right: { slope: 0, offset: Math.min(sampler.width, extent.right + FALLBACK_MARGIN * width) },
  };

  const paper = estimatePaperColour(sampler, extent);
  if (!paper) {
    return fallback;
  }

  const minGap = Math.max(4, Math.round(GAP_SHARE * Math.max(width, height)));
  const tolerance = Math.max(1.5, SIDE_TOLERANCE_SHARE * Math.max(width, height));
  const sides = { ...fallback };
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const outward = side === 'top' || side === 'left' ? -1 : 1;
    let ratio = LOOSE_BRIGHTNESS_RATIO;
    let scan = scanSide(sampler, extent, side, paper, { minGap, minBrightnessRatio: ratio });

    // Paper up to the photo's border is either a full-frame scan or a pale background that the
    // loose test took for paper. The strict test separates the latter by its brightness step.
    if (scan.reachedBorder > scan.samples.length / 2) {
      const strict = scanSide(sampler, extent, side, paper, { minGap, minBrightnessRatio: STRICT_BRIGHTNESS_RATIO });
      if (strict.reachedBorder <= strict.samples.length / 2) {
        scan = strict;
        ratio = STRICT_BRIGHTNESS_RATIO;
      }
    }

    const line = fitSideLine(scan.samples, tolerance, outward);
    if (line) {
      sides[side] = line;
    }

    // A white card on a pale app background passes the brightness tests, so look for its edge step.
    const steps = scanSide(sampler, extent, side, paper, { minGap, minBrightnessRatio: ratio, stepRatio: STEP_RATIO });
    const stepLine = fitSideLine(steps.samples, tolerance, outward);
    if (stepLine && countNear(steps.samples, stepLine, tolerance) >= MIN_STEP_SHARE * steps.samples.length) {
      sides[side] = stepLine;
    }
  }

  return sides;
}

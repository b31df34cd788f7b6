import type { RgbImage } from '../image/rgb-image';
import { AffineMatrix, applyAffine } from '../raster/affine';
import { warpAffine } from '../raster/warp-affine';
import type { Quad } from '../types';
import { estimateQuarterTurn, estimateSkewCorrection } from './page-orientation';
import type { PageModels } from './page-models';
import { createPageTransform, mapQuad } from './page-transform';

/**
 * Skew, in degrees, from which text is detected again on a straightened copy. On rotated photos
 * tilted by about 10°, the detector merged or split tightly spaced business-scope lines, and
 * whole lines went missing.
 * NOTE: 4° is an estimate between the small tilt of ordinary photos and that case, not a measured
 * threshold.
 */
const MIN_SKEW_TO_STRAIGHTEN = 4;

/** Margin added on each side of the found text, as a share of its longer side. */
const TEXT_MARGIN = 0.08;

/**
 * Detects text again on a copy of the text region turned upright and straightened, scaled so its
 * long side is `maxSide`, when the first pass's lines are tilted by `MIN_SKEW_TO_STRAIGHTEN` or
 * more. Returns the new boxes in the original's coordinates, or `null` when the page is straight
 * enough and no second pass ran.
 */
export async function detectStraightened(
  image: RgbImage,
  boxes: Quad[],
  models: PageModels,
  maxSide: number,
): Promise<Quad[] | null> {
  if (boxes.length === 0) {
    return null;
  }

  const quarterTurn = estimateQuarterTurn(boxes);
  const skewDegrees = estimateSkewCorrection(boxes, quarterTurn);
  if (Math.abs(skewDegrees) < MIN_SKEW_TO_STRAIGHTEN) {
    return null;
  }

  const transform = createPageTransform(image.width, image.height, quarterTurn, skewDegrees);
  const upright = boxes.map((box) => mapQuad(transform.toUpright, box));
  const region = textRegion(upright, transform.width, transform.height);
  const scale = Math.min(1, maxSide / Math.max(region.width, region.height));
  const width = Math.max(1, Math.round(region.width * scale));
  const height = Math.max(1, Math.round(region.height * scale));

  // Output pixel → upright page (undo the scale, then move to the region) → original image.
  const toPage: AffineMatrix = { a: 1 / scale, b: 0, c: region.left, d: 0, e: 1 / scale, f: region.top };
  const outputToSource = compose(transform.toOriginal, toPage);
  const straightened = warpAffine(image, outputToSource, width, height) as RgbImage;

  const found = await models.detect(straightened, { maxSide });
  return found.map((result) => result.box.map((point) => applyAffine(outputToSource, point)) as Quad);
}

interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Bounding box of the upright boxes plus a margin, clamped to the upright frame. */
function textRegion(boxes: Quad[], frameWidth: number, frameHeight: number): Region {
  const xs = boxes.flatMap((box) => box.map((point) => point.x));
  const ys = boxes.flatMap((box) => box.map((point) => point.y));
  const margin = TEXT_MARGIN * Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const left = Math.max(0, Math.min(...xs) - margin);
  const top = Math.max(0, Math.min(...ys) - margin);
  const right = Math.min(frameWidth, Math.max(...xs) + margin);
  const bottom = Math.min(frameHeight, Math.max(...ys) + margin);

  return { left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
}

/** Returns the map that applies `inner` first, then `outer`. */
function compose(outer: AffineMatrix, inner: AffineMatrix): AffineMatrix {
  return {
    a: outer.a * inner.a + outer.b * inner.d,
    b: outer.a * inner.b + outer.b * inner.e,
    c: outer.a * inner.c + outer.b * inner.f + outer.c,
    d: outer.d * inner.a + outer.e * inner.d,
    e: outer.d * inner.b + outer.e * inner.e,
    f: outer.d * inner.c + outer.e * inner.f + outer.f,
  };
}

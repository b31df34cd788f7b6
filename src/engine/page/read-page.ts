import type { DebugSink } from '../debug';
import type { RgbImage } from '../image/rgb-image';
import { cropQuad } from '../raster/crop-quad';
import type { OcrPage, Quad, TextLine } from '../types';
import { applyAffine } from '../raster/affine';
import { rotateRightAngle } from '../raster/rotate-right-angle';
import { LINE_CROP_HEIGHT, decideHalfTurn } from './half-turn';
import { permuteQuad, quadCentre, turnQuadHalfway, uprightCornerOrder } from './line-geometry';
import type { PageModels } from './page-models';
import { estimateQuarterTurn, estimateSkewCorrection } from './page-orientation';
import { PageRotation, PageTransform, createPageTransform, mapQuad } from './page-transform';
import { zoomInOnSmallText } from './zoom-detect';
import { detectStraightened } from './upright-detect';
import { emitDetectionStages, emitLineCrops, emitOrientedPage } from './page-debug';

export interface ReadPageOptions {
  /**
   * Long side, in pixels, of the reduced copy that text detection runs on. Larger finds smaller
   * text but costs more: detection took about 90 ms at 960 px and 310 ms at 1600 px with
   * onnxruntime-node 1.31.1 and two intra-op threads on a 2-core machine.
   * @default 960
   */
  detectMaxSide?: number;
  /** Receives stage images (`detect-input`, `detected-boxes`, `oriented`, `line-crops`). */
  debug?: DebugSink;
}

export const DEFAULT_DETECT_MAX_SIDE = 960;

/**
 * Reads every text line of a photographed or scanned page, whichever way up it was taken.
 *
 * 1. Detect text boxes on a copy reduced to `detectMaxSide`, then once more on the text region
 *    turned upright and straightened when the lines are tilted, or else zoomed in on the text
 *    when it covers only a small part of the photo.
 * 2. Decide from the boxes' shape whether lines run along x or y, and the small skew.
 * 3. Crop each line as a rotated quad from the full-resolution original, so the image itself is
 *    never rotated.
 * 4. Decide once per page, from the angle classifier on the widest crops, whether it is upside
 *    down. If it is, turn the small crops instead of cropping the original again.
 * 5. Recognise the crops.
 *
 * Line boxes are returned in upright page coordinates, top to bottom; `toOriginal` maps them back.
 */
export async function readPage(image: RgbImage, models: PageModels, options: ReadPageOptions = {}): Promise<OcrPage> {
  const detectMaxSide = options.detectMaxSide ?? DEFAULT_DETECT_MAX_SIDE;
  const boxes = await detectInOriginal(image, models, detectMaxSide, options.debug);

  const quarterTurn = estimateQuarterTurn(boxes);
  const skewDegrees = estimateSkewCorrection(boxes, quarterTurn);
  let transform = createPageTransform(image.width, image.height, quarterTurn, skewDegrees);
  let quads = orderForUpright(boxes, transform);
  let crops = quads.map((quad) => cropQuad(image, quad, LINE_CROP_HEIGHT));

  // Turning the page by half a turn turns each crop and swaps each quad's corners pairwise.
  const decision = await decideHalfTurn(crops, models);
  if (decision.upsideDown) {
    transform = createPageTransform(image.width, image.height, (quarterTurn + 180) as PageRotation, skewDegrees);
    quads = quads.map(turnQuadHalfway);
    crops = crops.map((crop) => rotateRightAngle(crop, 180));
  }

  const lines = await recogniseLines(crops, quads, transform, models, options.debug);

  if (options.debug) {
    emitOrientedPage(options.debug, image, transform, lines);
  }

  return buildPage(transform, lines);
}

/**
 * Detects text on a copy reduced to `maxSide` (the models do the reduction) and returns the boxes
 * in the original's coordinates.
 */
async function detectInOriginal(
  image: RgbImage,
  models: PageModels,
  maxSide: number,
  debug: DebugSink | undefined,
): Promise<Quad[]> {
  const detected = (await models.detect(image, { maxSide })).map((result) => result.box);
  const straightened = await detectStraightened(image, detected, models, maxSide);
  const boxes = straightened ?? (await zoomInOnSmallText(image, detected, models, maxSide));

  if (debug) {
    await emitDetectionStages(debug, image, maxSide, boxes);
  }
  return boxes;
}

/** Reorders each box's original-image corners so a crop of it comes out upright. */
function orderForUpright(boxes: Quad[], transform: PageTransform): Quad[] {
  return boxes.map((box) => permuteQuad(box, uprightCornerOrder(mapQuad(transform.toUpright, box))));
}

/** Recognises line crops, dropping empty readings, sorted top to bottom on the upright page. */
async function recogniseLines(
  crops: RgbImage[],
  quads: Quad[],
  transform: PageTransform,
  models: PageModels,
  debug: DebugSink | undefined,
): Promise<TextLine[]> {
  const readings = await models.recognize(crops);
  if (debug) {
    emitLineCrops(debug, crops);
  }

  const lines: TextLine[] = [];
  readings.forEach((reading, index) => {
    if (reading.text.trim() === '') {
      return;
    }

    const line: TextLine = { text: reading.text, score: reading.score, box: mapQuad(transform.toUpright, quads[index]!) };
    if (reading.alternatives && reading.alternatives.length > 0) {
      line.alternatives = reading.alternatives;
    }
    lines.push(line);
  });

  return lines.sort((left, right) => quadCentre(left.box).y - quadCentre(right.box).y || quadCentre(left.box).x - quadCentre(right.box).x);
}

function buildPage(transform: PageTransform, lines: TextLine[]): OcrPage {
  const toOriginal = transform.toOriginal;

  return {
    width: transform.width,
    height: transform.height,
    originalWidth: transform.originalWidth,
    originalHeight: transform.originalHeight,
    rotation: transform.rotation,
    skewDegrees: transform.skewDegrees,
    lines,
    toOriginal: (point) => applyAffine(toOriginal, point),
  };
}

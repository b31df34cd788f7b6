import type { DebugSink } from '../debug';
import { resizeImage } from '../image';
import type { RgbImage } from '../image/rgb-image';
import { buildContactSheet } from '../raster/contact-sheet';
import { shrinkByFactor } from '../raster/shrink';
import { warpAffine } from '../raster/warp-affine';
import type { Quad, TextLine } from '../types';
import { createPageTransform, type PageTransform } from './page-transform';

/** Long side of the `oriented` debug image; the full-resolution page would be slow to warp. */
const ORIENTED_DEBUG_MAX_SIDE = 1200;

/** Emits the reduced copy that detection runs on, bare and with the detected boxes scaled onto it. */
export async function emitDetectionStages(debug: DebugSink, image: RgbImage, maxSide: number, boxes: Quad[]): Promise<void> {
  const scale = Math.min(1, maxSide / Math.max(image.width, image.height));
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const reduced = scale < 1 ? await resizeImage(image, width, height) : image;
  const scaleX = width / image.width;
  const scaleY = height / image.height;

  debug('detect-input', reduced);
  debug('detected-boxes', reduced, boxes.map((box) => box.map((point) => ({ x: point.x * scaleX, y: point.y * scaleY })) as Quad));
}

export function emitLineCrops(debug: DebugSink, crops: RgbImage[]): void {
  debug('line-crops', buildContactSheet(crops));
}

/** Emits the page turned upright (shrunk for speed) with the line boxes drawn in its coordinates. */
export function emitOrientedPage(debug: DebugSink, image: RgbImage, transform: PageTransform, lines: TextLine[]): void {
  const factor = Math.max(1, Math.ceil(Math.max(image.width, image.height) / ORIENTED_DEBUG_MAX_SIDE));
  const small = shrinkByFactor(image, factor);
  const smallTransform = createPageTransform(small.width, small.height, transform.rotation, transform.skewDegrees);
  const upright = warpAffine(small, smallTransform.toOriginal, smallTransform.width, smallTransform.height);
  const scale = smallTransform.width / transform.width;
  const boxes = lines.map((line) => line.box.map((point) => ({ x: point.x * scale, y: point.y * scale })) as Quad);

  debug('oriented', upright, boxes);
}

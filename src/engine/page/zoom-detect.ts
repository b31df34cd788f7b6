import type { RgbImage } from '../image/rgb-image';
import { PixelRect, cropRect } from '../raster/crop-rect';
import type { Quad } from '../types';
import type { PageModels } from './page-models';

/**
 * Text covering less than this share of the image's long side is detected again, zoomed in. A
 * portrait license photographed sideways in a landscape frame is that small, and at 960 px its
 * body text is too small for the detector.
 */
const SMALL_TEXT_EXTENT = 0.45;

/** Margin added on each side of the found text before zooming in, as a share of its size. */
const ZOOM_MARGIN = 0.3;

/**
 * Detects text again on the region around the boxes found so far, at the same detection size,
 * when that region is small in the image, and returns the second pass's boxes in the original's
 * coordinates. Returns the boxes unchanged when the text already fills the image or the second
 * pass finds fewer boxes.
 */
export async function zoomInOnSmallText(image: RgbImage, boxes: Quad[], models: PageModels, maxSide: number): Promise<Quad[]> {
  if (boxes.length === 0) {
    return boxes;
  }

  const xs = boxes.flatMap((box) => box.map((point) => point.x));
  const ys = boxes.flatMap((box) => box.map((point) => point.y));
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  if (Math.max(width, height) >= SMALL_TEXT_EXTENT * Math.max(image.width, image.height)) {
    return boxes;
  }

  const margin = ZOOM_MARGIN * Math.max(width, height);
  const rect: PixelRect = {
    left: Math.max(0, Math.floor(Math.min(...xs) - margin)),
    top: Math.max(0, Math.floor(Math.min(...ys) - margin)),
    right: Math.min(image.width, Math.ceil(Math.max(...xs) + margin)),
    bottom: Math.min(image.height, Math.ceil(Math.max(...ys) + margin)),
  };
  const found = await models.detect(cropRect(image, rect), { maxSide });
  if (found.length <= boxes.length) {
    return boxes;
  }

  return found.map((result) => result.box.map((point) => ({ x: point.x + rect.left, y: point.y + rect.top })) as Quad);
}

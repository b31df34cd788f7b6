import { RgbImage } from '../image/rgb-image';
import { cropQuad } from '../raster/crop-quad';
import { Quad } from '../types';

/** Input height of the PP-OCRv4 recogniser and the v2 angle classifier. */
export const LINE_HEIGHT = 48;

/** Widths are rounded up to this, the recogniser's horizontal downsampling per output frame. */
const WIDTH_STEP = 8;

function wholeImageQuad(image: RgbImage): Quad {
  return [
    { x: 0, y: 0 },
    { x: image.width, y: 0 },
    { x: image.width, y: image.height },
    { x: 0, y: image.height },
  ];
}

/**
 * Scales a crop to the model's line height, keeping its aspect ratio up to `maxWidth` (wider
 * lines are squeezed horizontally).
 */
export function scaleToLineHeight(crop: RgbImage, maxWidth: number): RgbImage {
  const width = Math.min(maxWidth, Math.max(1, Math.round((crop.width * LINE_HEIGHT) / Math.max(crop.height, 1))));
  if (crop.height === LINE_HEIGHT && crop.width === width) {
    return crop;
  }

  return cropQuad(crop, wholeImageQuad(crop), LINE_HEIGHT, width);
}

/** Rounds a width up to the recogniser's frame step. */
export function paddedWidth(width: number): number {
  return Math.ceil(width / WIDTH_STEP) * WIDTH_STEP;
}

/** Each byte value mapped to −1…1, looked up once instead of divided per pixel. */
const SIGNED_UNIT = Float32Array.from({ length: 256 }, (_, value) => value / 127.5 - 1);

/**
 * Packs line images of height {@link LINE_HEIGHT} into one [N, 3, 48, width] tensor: channels in
 * B, G, R order, values mapped to −1…1, and the right side of narrower lines padded with 0 (mid
 * grey), as PaddleOCR does.
 */
export function lineBatchTensor(lines: RgbImage[], width: number): Float32Array {
  const plane = LINE_HEIGHT * width;
  const tensor = new Float32Array(lines.length * 3 * plane);

  lines.forEach((line, item) => {
    const itemOffset = item * 3 * plane;
    const columns = Math.min(line.width, width);
    for (let y = 0; y < LINE_HEIGHT; y += 1) {
      for (let x = 0; x < columns; x += 1) {
        const source = (y * line.width + x) * 3;
        const target = itemOffset + y * width + x;
        tensor[target] = SIGNED_UNIT[line.data[source + 2]!]!;
        tensor[target + plane] = SIGNED_UNIT[line.data[source + 1]!]!;
        tensor[target + 2 * plane] = SIGNED_UNIT[line.data[source]!]!;
      }
    }
  });

  return tensor;
}

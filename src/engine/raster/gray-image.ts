import type { RgbImage } from '../image/rgb-image';

/** A single-channel 8-bit image, one byte per pixel, rows top to bottom. */
export interface GrayImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Converts an RGB image to luma with the ITU-R BT.601 weights (integer arithmetic). */
export function toGrayscale(image: RgbImage): GrayImage {
  const pixelCount = image.width * image.height;
  const gray = new Uint8Array(pixelCount);
  const rgb = image.data;

  for (let i = 0, j = 0; i < pixelCount; i += 1, j += 3) {
    gray[i] = (rgb[j]! * 299 + rgb[j + 1]! * 587 + rgb[j + 2]! * 114 + 500) / 1000;
  }

  return { data: gray, width: image.width, height: image.height };
}

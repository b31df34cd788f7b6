import type { RgbImage } from '../image/rgb-image';

/**
 * Stacks images top to bottom on a white sheet, left-aligned, with `gap` pixels between them,
 * so many line crops can be looked at as one debug image.
 */
export function buildContactSheet(images: RgbImage[], gap = 4): RgbImage {
  const width = Math.max(1, ...images.map((image) => image.width));
  const height = Math.max(1, images.reduce((sum, image) => sum + image.height + gap, 0));
  const data = new Uint8Array(width * height * 3).fill(255);
  let top = 0;

  for (const image of images) {
    for (let y = 0; y < image.height; y += 1) {
      const from = y * image.width * 3;
      data.set(image.data.subarray(from, from + image.width * 3), ((top + y) * width) * 3);
    }
    top += image.height + gap;
  }

  return { data, width, height };
}

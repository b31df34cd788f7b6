import type { PixelBuffer } from './warp-affine';

/**
 * Shrinks an image by an integer factor, averaging each `factor` × `factor` block (area
 * averaging, so thin edges survive better than with point sampling). Edge blocks that are cut off
 * average the pixels they have. A factor of 1 returns a copy.
 */
export function shrinkByFactor(image: PixelBuffer, factor: number): PixelBuffer {
  if (!Number.isInteger(factor) || factor < 1) {
    throw new RangeError(`shrink factor must be a positive integer, got ${factor}`);
  }

  const channels = Math.round(image.data.length / (image.width * image.height));
  const width = Math.ceil(image.width / factor);
  const height = Math.ceil(image.height / factor);
  const sums = new Uint32Array(width * height * channels);

  // Output value index of each source column, so the pixel loop does no division.
  const columnStart = new Int32Array(image.width);
  for (let x = 0; x < image.width; x += 1) {
    columnStart[x] = ((x / factor) | 0) * channels;
  }

  const source = image.data;
  for (let y = 0; y < image.height; y += 1) {
    const outRow = ((y / factor) | 0) * width * channels;
    let from = y * image.width * channels;
    for (let x = 0; x < image.width; x += 1) {
      const to = outRow + columnStart[x]!;
      for (let channel = 0; channel < channels; channel += 1) {
        sums[to + channel]! += source[from + channel]!;
      }
      from += channels;
    }
  }

  const out = new Uint8Array(width * height * channels);
  for (let row = 0; row < height; row += 1) {
    const blockHeight = Math.min(factor, image.height - row * factor);
    for (let column = 0; column < width; column += 1) {
      const count = blockHeight * Math.min(factor, image.width - column * factor);
      const index = (row * width + column) * channels;
      for (let channel = 0; channel < channels; channel += 1) {
        out[index + channel] = (sums[index + channel]! / count + 0.5) | 0;
      }
    }
  }

  return { data: out, width, height };
}

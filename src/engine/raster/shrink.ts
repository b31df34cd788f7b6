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
  const counts = new Uint32Array(width * height);

  for (let y = 0; y < image.height; y += 1) {
    const outRow = Math.floor(y / factor) * width;
    for (let x = 0; x < image.width; x += 1) {
      const outIndex = outRow + Math.floor(x / factor);
      const from = (y * image.width + x) * channels;
      counts[outIndex]! += 1;
      for (let channel = 0; channel < channels; channel += 1) {
        sums[outIndex * channels + channel]! += image.data[from + channel]!;
      }
    }
  }

  const out = new Uint8Array(width * height * channels);
  for (let i = 0; i < width * height; i += 1) {
    for (let channel = 0; channel < channels; channel += 1) {
      out[i * channels + channel] = Math.round(sums[i * channels + channel]! / counts[i]!);
    }
  }

  return { data: out, width, height };
}

import { AffineMatrix, applyAffine } from './affine';

/** An interleaved 8-bit image with any number of channels (1 for gray, 3 for RGB). */
export interface PixelBuffer {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * Resamples `image` into a new `width` × `height` image with bilinear interpolation.
 * `outputToSource` maps each output pixel centre to the source position it samples; output pixels
 * whose position falls outside the source get `fill` in every channel.
 */
export function warpAffine(
  image: PixelBuffer,
  outputToSource: AffineMatrix,
  width: number,
  height: number,
  fill = 255,
): PixelBuffer {
  const channels = Math.round(image.data.length / (image.width * image.height));
  const out = new Uint8Array(width * height * channels).fill(fill);
  const source = image.data;
  const maxX = image.width - 1;
  const maxY = image.height - 1;

  for (let y = 0; y < height; y += 1) {
    // Source positions of pixel centres, shifted so that integer values are source pixel centres.
    const rowStart = applyAffine(outputToSource, { x: 0.5, y: y + 0.5 });
    let sourceX = rowStart.x - 0.5;
    let sourceY = rowStart.y - 0.5;

    for (let x = 0; x < width; x += 1, sourceX += outputToSource.a, sourceY += outputToSource.d) {
      if (sourceX < -0.5 || sourceY < -0.5 || sourceX > maxX + 0.5 || sourceY > maxY + 0.5) {
        continue;
      }

      // Plain comparisons and `| 0` instead of Math calls: inside a vm context (as under jest)
      // every global lookup in this loop is slow. Clamped values are >= 0, so `| 0` floors them.
      let clampedX = sourceX;
      if (clampedX < 0) clampedX = 0;
      if (clampedX > maxX) clampedX = maxX;
      let clampedY = sourceY;
      if (clampedY < 0) clampedY = 0;
      if (clampedY > maxY) clampedY = maxY;
      const left = clampedX | 0;
      const top = clampedY | 0;
      const right = left < maxX ? left + 1 : maxX;
      const bottom = top < maxY ? top + 1 : maxY;
      const fx = clampedX - left;
      const fy = clampedY - top;
      const topLeft = (top * image.width + left) * channels;
      const topRight = (top * image.width + right) * channels;
      const bottomLeft = (bottom * image.width + left) * channels;
      const bottomRight = (bottom * image.width + right) * channels;
      const target = (y * width + x) * channels;

      for (let channel = 0; channel < channels; channel += 1) {
        const upper = source[topLeft + channel]! + (source[topRight + channel]! - source[topLeft + channel]!) * fx;
        const lower =
          source[bottomLeft + channel]! + (source[bottomRight + channel]! - source[bottomLeft + channel]!) * fx;
        out[target + channel] = (upper + (lower - upper) * fy + 0.5) | 0;
      }
    }
  }

  return { data: out, width, height };
}

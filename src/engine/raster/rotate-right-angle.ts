import type { RgbImage } from '../image/rgb-image';

export type RightAngle = 0 | 90 | 180 | 270;

/**
 * Rotates an RGB image clockwise by a multiple of 90 degrees, exactly (no resampling).
 * A rotation of 0 returns a copy.
 */
export function rotateRightAngle(image: RgbImage, degrees: RightAngle): RgbImage {
  const { width, height, data } = image;
  const swapsSides = degrees === 90 || degrees === 270;
  const outWidth = swapsSides ? height : width;
  const outHeight = swapsSides ? width : height;
  const out = new Uint8Array(outWidth * outHeight * 3);

  for (let y = 0; y < outHeight; y += 1) {
    for (let x = 0; x < outWidth; x += 1) {
      const [sourceX, sourceY] = sourcePixel(degrees, x, y, width, height);
      const from = (sourceY * width + sourceX) * 3;
      const to = (y * outWidth + x) * 3;
      out[to] = data[from]!;
      out[to + 1] = data[from + 1]!;
      out[to + 2] = data[from + 2]!;
    }
  }

  return { data: out, width: outWidth, height: outHeight };
}

/** The source pixel that lands on output pixel (x, y) after a clockwise rotation. */
function sourcePixel(degrees: RightAngle, x: number, y: number, width: number, height: number): [number, number] {
  switch (degrees) {
    case 90:
      return [y, height - 1 - x];
    case 180:
      return [width - 1 - x, height - 1 - y];
    case 270:
      return [width - 1 - y, x];
    default:
      return [x, y];
  }
}

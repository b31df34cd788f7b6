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

  // Walking the output row by row, the source pixel moves by a fixed step; only the start and the
  // step depend on the angle. For 90°, output (x, y) reads source (y, height - 1 - x).
  const [firstOfRow, stepAlongRow] = sourceWalk(degrees, width, height);
  for (let y = 0; y < outHeight; y += 1) {
    let from = firstOfRow(y) * 3;
    let to = y * outWidth * 3;
    for (let x = 0; x < outWidth; x += 1) {
      out[to] = data[from]!;
      out[to + 1] = data[from + 1]!;
      out[to + 2] = data[from + 2]!;
      to += 3;
      from += stepAlongRow * 3;
    }
  }

  return { data: out, width: outWidth, height: outHeight };
}

/** Returns the source pixel index of each output row's first pixel, and the index step along the row. */
function sourceWalk(degrees: RightAngle, width: number, height: number): [(row: number) => number, number] {
  switch (degrees) {
    case 90:
      return [(row) => (height - 1) * width + row, -width];
    case 180:
      return [(row) => (height - 1 - row) * width + width - 1, -1];
    case 270:
      return [(row) => width - 1 - row, width];
    default:
      return [(row) => row * width, 1];
  }
}

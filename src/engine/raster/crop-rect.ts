import type { RgbImage } from '../image/rgb-image';

/** An axis-aligned pixel rectangle; `right` and `bottom` are exclusive. */
export interface PixelRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Copies an axis-aligned rectangle out of an RGB image; throws when it is empty or not inside. */
export function cropRect(image: RgbImage, rect: PixelRect): RgbImage {
  const width = rect.right - rect.left;
  const height = rect.bottom - rect.top;
  const inside = rect.left >= 0 && rect.top >= 0 && rect.right <= image.width && rect.bottom <= image.height;
  if (!inside || width <= 0 || height <= 0) {
    throw new RangeError(
      `crop rectangle ${JSON.stringify(rect)} is empty or outside the ${image.width}x${image.height} image`,
    );
  }

  const data = new Uint8Array(width * height * 3);
  for (let row = 0; row < height; row += 1) {
    const from = ((rect.top + row) * image.width + rect.left) * 3;
    data.set(image.data.subarray(from, from + width * 3), row * width * 3);
  }

  return { data, width, height };
}

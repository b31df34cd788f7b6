/** An 8-bit image with three interleaved channels (R, G, B), rows top to bottom, no row padding. */
export interface RgbImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Image formats that `decodeImage` accepts. */
export type AcceptedImageFormat = 'jpeg' | 'png' | 'webp';

/** A decoded photo: EXIF orientation applied, alpha flattened on white, RGB. */
export interface DecodedImage extends RgbImage {
  format: AcceptedImageFormat;
}

/** Allocates a white image of the given size. */
export function createRgbImage(width: number, height: number): RgbImage {
  const data = new Uint8Array(width * height * 3);
  data.fill(255);

  return { data, width, height };
}

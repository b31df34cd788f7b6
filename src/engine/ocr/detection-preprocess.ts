import { RgbImage } from '../image/rgb-image';

/** ImageNet mean and standard deviation that PP-OCR detection was trained with, in B, G, R order. */
const MEAN_BGR = [0.406, 0.456, 0.485] as const;
const STD_BGR = [0.225, 0.224, 0.229] as const;

/** For each of B, G and R, every byte value already normalised, so the pixel loop only looks up. */
const NORMALISED_BGR = MEAN_BGR.map((mean, channel) =>
  Float32Array.from({ length: 256 }, (_, value) => (value / 255 - mean) / STD_BGR[channel]!),
);

/**
 * Size of the detection input: the long side scaled down to at most `maxSide` (never up), each
 * side rounded to a multiple of 32 because the network downsamples five times.
 */
export function detectionInputSize(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const round32 = (value: number): number => Math.max(32, Math.round((value * scale) / 32) * 32);

  return { width: round32(width), height: round32(height) };
}

/**
 * Converts an RGB image to the detection tensor [1, 3, H, W]: channels in B, G, R order as
 * PaddleOCR reads images with OpenCV, scaled to 0–1 and normalised with the ImageNet statistics.
 */
export function detectionTensor(image: RgbImage): Float32Array {
  const plane = image.width * image.height;
  const tensor = new Float32Array(plane * 3);
  const data = image.data;
  const [blue, green, red] = NORMALISED_BGR as [Float32Array, Float32Array, Float32Array];

  for (let pixel = 0; pixel < plane; pixel += 1) {
    const source = pixel * 3;
    tensor[pixel] = blue[data[source + 2]!]!;
    tensor[plane + pixel] = green[data[source + 1]!]!;
    tensor[2 * plane + pixel] = red[data[source]!]!;
  }

  return tensor;
}

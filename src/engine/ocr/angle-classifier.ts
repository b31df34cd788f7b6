import { RgbImage } from '../image/rgb-image';
import { AngleClassification } from './ocr-types';
import { lineBatchTensor, scaleToLineHeight } from './recognition-input';

/** Input width of the PP-OCR mobile v2.0 angle classifier (input 3 × 48 × 192). */
export const CLASSIFIER_WIDTH = 192;

/** Builds the classifier tensor: each crop at height 48, at most 192 wide, padded with 0. */
export function classifierTensor(crops: RgbImage[]): Float32Array {
  const lines = crops.map((crop) => scaleToLineHeight(crop, CLASSIFIER_WIDTH));
  return lineBatchTensor(lines, CLASSIFIER_WIDTH);
}

/** Reads the [N, 2] softmax output: class 0 is upright, class 1 is upside down. */
export function decodeAngles(output: Float32Array, count: number): AngleClassification[] {
  const results: AngleClassification[] = [];
  for (let item = 0; item < count; item += 1) {
    const upright = output[item * 2]!;
    const flipped = output[item * 2 + 1]!;
    results.push(flipped > upright ? { angle: 180, score: flipped } : { angle: 0, score: upright });
  }

  return results;
}

import type { RgbImage } from '../image/rgb-image';
import type { Quad } from '../types';

/**
 * The parts of the OCR models that page reading calls. `OcrModels` from `src/engine/ocr` provides
 * them; the page code depends only on this shape, so it never imports onnxruntime.
 */
export interface PageModels {
  /** Finds text boxes, in the coordinates of the image passed in. */
  detect(image: RgbImage, options: { maxSide: number }): Promise<Array<{ box: Quad; score: number }>>;
  /** Reads line crops; results come in the order of the crops. */
  recognize(crops: RgbImage[]): Promise<Array<{ text: string; score: number; alternatives?: string[] }>>;
  /** Tells per line crop whether it is upright (0) or upside down (180). */
  classifyAngle(crops: RgbImage[]): Promise<Array<{ angle: 0 | 180; score: number }>>;
}

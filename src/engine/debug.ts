import type { RgbImage } from './image/rgb-image';
import type { Quad } from './types';

/**
 * Receives an intermediate image of the OCR pipeline, named by its stage (for example
 * `detect-input`, `detected-boxes`, `oriented`, `line-crops`, `license-corners`), with the boxes
 * drawn on it in the image's own coordinates. Stages build these images only when a sink is given,
 * so passing none costs nothing.
 */
export type DebugSink = (stage: string, image: RgbImage, boxes?: Quad[]) => void;

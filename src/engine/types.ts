/**
 * Types shared by the offline engine's stages: image decoding, OCR, page geometry and field extraction.
 */

export interface Point {
  x: number;
  y: number;
}

/** Four corners in the order left-top, right-top, right-bottom, left-bottom. */
export type Quad = [Point, Point, Point, Point];

/** One recognised text line. */
export interface TextLine {
  text: string;
  /** Mean recognition confidence of the line's characters, 0–1. */
  score: number;
  /** The line's box in upright page coordinates (after page rotation and deskew). */
  box: Quad;
  /**
   * Other readings of the line, best first, when the recogniser has them (for example from the
   * second-best CTC path). Extraction may use them to pick a credit code that passes its check.
   */
  alternatives?: string[];
}

/** The OCR result of one page, upright, with a mapping back to the original image. */
export interface OcrPage {
  /** Size of the upright page image that line boxes refer to. */
  width: number;
  height: number;
  /** Size of the original image after EXIF orientation, as reported in `img_size`. */
  originalWidth: number;
  originalHeight: number;
  /** Clockwise rotation, in degrees, applied to the original image to make the page upright. */
  rotation: 0 | 90 | 180 | 270;
  /** Small-angle skew corrected after rotation, in degrees (positive is clockwise). */
  skewDegrees: number;
  lines: TextLine[];
  /** Maps a point of the upright page back to the original image's coordinates. */
  toOriginal(point: Point): Point;
}

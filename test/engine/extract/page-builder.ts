import type { OcrPage, Quad, TextLine } from '../../../src/engine/types';

/** Options of one hand-placed line. */
export interface LineOptions {
  /** Line height in pixels; 40 unless given. */
  height?: number;
  /** Box width in pixels; estimated from the characters unless given. */
  width?: number;
  score?: number;
  alternatives?: string[];
  /** Rotation of the box about its left-top corner, in degrees, for seal arc text. */
  tiltDegrees?: number;
}

const DEFAULT_HEIGHT = 40;

/**
 * Builds an OCR line whose left-top corner is at (x, y). Chinese characters and full-width forms
 * are one line-height wide, other characters half of it, as in the printed license fonts.
 */
export function line(text: string, x: number, y: number, options: LineOptions = {}): TextLine {
  const height = options.height ?? DEFAULT_HEIGHT;
  const width = options.width ?? estimateWidth(text, height);
  const angle = ((options.tiltDegrees ?? 0) * Math.PI) / 180;
  const dx = { x: Math.cos(angle), y: Math.sin(angle) };
  const dy = { x: -Math.sin(angle), y: Math.cos(angle) };

  const box: Quad = [
    { x, y },
    { x: x + dx.x * width, y: y + dx.y * width },
    { x: x + dx.x * width + dy.x * height, y: y + dx.y * width + dy.y * height },
    { x: x + dy.x * height, y: y + dy.y * height },
  ];

  const result: TextLine = { text, score: options.score ?? 0.95, box };
  if (options.alternatives) result.alternatives = options.alternatives;
  return result;
}

/** Wraps lines into an upright page of the given size. */
export function page(lines: TextLine[], width = 2200, height = 1560): OcrPage {
  return {
    width,
    height,
    originalWidth: width,
    originalHeight: height,
    rotation: 0,
    skewDegrees: 0,
    lines,
    toOriginal: (point) => point,
  };
}

function estimateWidth(text: string, height: number): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF]/.test(char) ? height : height / 2;
  return width;
}

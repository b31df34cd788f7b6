import { isTitleText } from './find-anchors';
import type { LineToken } from './line-token';

/** Seal arc text is printed along a circle, so its boxes tilt far more than a skewed body line. */
const MAX_VALUE_TILT_DEGREES = 12;

/** Watermarks (副本), seals and titles print far larger than any value line. */
const MAX_VALUE_HEIGHT_RATIO = 2.2;

/** Lines read with less confidence than this are noise (seal, guilloche) rather than values. */
const MIN_VALUE_SCORE = 0.3;

/** True for the title, copy marks, watermarks and seal text: printed lines that never belong to a value. */
export function isDecoration(token: LineToken, lineHeight: number): boolean {
  if (token.height > lineHeight * MAX_VALUE_HEIGHT_RATIO) return true;
  if (isTitleText(token.compact)) return true;
  if (/^[（(]?[副正]本[）)]?$/.test(token.compact)) return true;
  if (/^[（(]?\d+[-－/／]\d+[)）]?$/.test(token.compact)) return true;
  if (Math.abs(token.tiltDegrees) > MAX_VALUE_TILT_DEGREES) return true;
  return token.score < MIN_VALUE_SCORE;
}

/** Share of a short box's area covered by other lines above which the short box is a duplicate. */
const MAX_COVERED_SHARE = 0.6;

/**
 * True for a short box lying mostly over other, longer lines: a duplicate detection of part of
 * them (a stray `2` over the date 2023年8月8日), never a value of its own.
 */
export function isInsideLongerLine(token: LineToken, tokens: readonly LineToken[]): boolean {
  if (token.compact.length > 2) return false;
  const area = (token.right - token.left) * (token.bottom - token.top);
  let covered = 0;

  for (const other of tokens) {
    if (other === token || other.compact.length <= token.compact.length + 2) continue;
    const width = Math.min(token.right, other.right) - Math.max(token.left, other.left);
    const height = Math.min(token.bottom, other.bottom) - Math.max(token.top, other.top);
    if (width > 0 && height > 0) covered += width * height;
  }

  return covered > area * MAX_COVERED_SHARE;
}

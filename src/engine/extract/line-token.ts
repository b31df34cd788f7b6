import type { TextLine } from '../types';

/** A recognised line with its axis-aligned bounds, the unit every extraction step works on. */
export interface LineToken {
  id: number;
  text: string;
  /** The text with all whitespace removed, used for label matching. */
  compact: string;
  score: number;
  alternatives: string[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  height: number;
  centerY: number;
  /** Slope of the box's top edge in degrees; seal arc text is strongly tilted. */
  tiltDegrees: number;
}

/** Builds tokens from OCR lines, dropping lines without text. */
export function toLineTokens(lines: readonly TextLine[]): LineToken[] {
  const tokens: LineToken[] = [];

  lines.forEach((line, id) => {
    const compact = line.text.replace(/\s+/g, '');
    if (compact.length === 0) return;

    const xs = line.box.map((point) => point.x);
    const ys = line.box.map((point) => point.y);
    const [leftTop, rightTop, rightBottom, leftBottom] = line.box;
    const height = (leftBottom.y - leftTop.y + rightBottom.y - rightTop.y) / 2;
    const top = Math.min(...ys);
    const bottom = Math.max(...ys);
    const tilt = (Math.atan2(rightTop.y - leftTop.y, rightTop.x - leftTop.x) * 180) / Math.PI;

    tokens.push({
      id,
      text: line.text,
      compact,
      score: line.score,
      alternatives: line.alternatives ?? [],
      left: Math.min(...xs),
      right: Math.max(...xs),
      top,
      bottom,
      height: Math.max(1, Math.abs(height)),
      centerY: (top + bottom) / 2,
      tiltDegrees: tilt,
    });
  });

  return tokens;
}

/** Vertical overlap of two spans as a fraction of the shorter span's height. */
export function verticalOverlapRatio(
  a: { top: number; bottom: number },
  b: { top: number; bottom: number },
): number {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const shorter = Math.min(a.bottom - a.top, b.bottom - b.top);
  return shorter <= 0 ? 0 : Math.max(0, overlap) / shorter;
}

/** True when two boxes share a text row (they overlap by at least half the shorter height). */
export function onSameRow(a: { top: number; bottom: number }, b: { top: number; bottom: number }): boolean {
  return verticalOverlapRatio(a, b) >= 0.5;
}

/** Median line height, the length unit for every distance threshold in extraction. */
export function medianHeight(tokens: readonly LineToken[]): number {
  if (tokens.length === 0) return 1;
  const heights = tokens.map((token) => token.height).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? 1;
}

/** Groups tokens into rows, top to bottom, each row sorted left to right. */
export function groupRows(tokens: readonly LineToken[]): LineToken[][] {
  const sorted = [...tokens].sort((a, b) => a.centerY - b.centerY);
  const rows: LineToken[][] = [];

  for (const token of sorted) {
    const row = rows.find((candidate) => candidate.some((member) => onSameRow(member, token)));
    if (row) row.push(token);
    else rows.push([token]);
  }

  for (const row of rows) row.sort((a, b) => a.left - b.left);
  return rows.sort((a, b) => rowTop(a) - rowTop(b));
}

/** Top of the highest token in a row. */
export function rowTop(row: readonly LineToken[]): number {
  return Math.min(...row.map((token) => token.top));
}

/** Bottom of the lowest token in a row. */
export function rowBottom(row: readonly LineToken[]): number {
  return Math.max(...row.map((token) => token.bottom));
}

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
  /** Tilt of the box's longest edge in degrees; seal arc text is strongly tilted. */
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
    const top = Math.min(...ys);
    const bottom = Math.max(...ys);

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
      height: Math.max(1, bottom - top),
      centerY: (top + bottom) / 2,
      tiltDegrees: edgeTilt(line.box),
    });
  });

  return tokens;
}

/**
 * Tilt of a box's longest edge, folded into -45..45 degrees, so that a box whose corners come in
 * a rotated order (common for square single-character boxes) still reads as level.
 */
function edgeTilt(box: TextLine['box']): number {
  let longest = { dx: 1, dy: 0, length: 0 };

  for (let i = 0; i < 4; i += 1) {
    const from = box[i];
    const to = box[(i + 1) % 4];
    if (!from || !to) continue;
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const length = Math.hypot(dx, dy);
    if (length > longest.length) longest = { dx, dy, length };
  }

  const degrees = (Math.atan2(longest.dy, longest.dx) * 180) / Math.PI;
  return ((((degrees + 45) % 90) + 90) % 90) - 45;
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

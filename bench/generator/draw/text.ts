/**
 * Text placement helpers: justified labels (名　　称), wrapped values and centred titles.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';

/** Label spacing: justified to a fixed width, one full-width space between characters, or none. */
export type LabelSpacing = 'justified' | 'single' | 'plain';

/** Draws `text` with its characters spread evenly over `width`, starting at `x` on the baseline `y`. */
export function drawJustified(context: SKRSContext2D, text: string, x: number, y: number, width: number): void {
  const chars = Array.from(text);
  if (chars.length === 1) {
    context.fillText(text, x, y);
    return;
  }
  const widths = chars.map((char) => context.measureText(char).width);
  const total = widths.reduce((sum, value) => sum + value, 0);
  const gap = Math.max(0, (width - total) / (chars.length - 1));
  let cursor = x;
  chars.forEach((char, index) => {
    context.fillText(char, cursor, y);
    cursor += (widths[index] as number) + gap;
  });
}

/** Draws a label in the given spacing and returns its drawn width. */
export function drawLabel(
  context: SKRSContext2D,
  label: string,
  x: number,
  y: number,
  fontSize: number,
  spacing: LabelSpacing,
  justifiedChars = 4,
): number {
  const chars = Array.from(label);
  if (spacing === 'justified' && chars.length < justifiedChars) {
    const width = fontSize * justifiedChars;
    drawJustified(context, label, x, y, width);
    return width;
  }
  if (spacing === 'single' && chars.length <= 3) {
    const spaced = chars.join('　');
    context.fillText(spaced, x, y);
    return context.measureText(spaced).width;
  }
  context.fillText(label, x, y);
  return context.measureText(label).width;
}

/** Splits text into lines no wider than `width`, breaking between any two characters. */
export function wrapText(context: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of Array.from(text)) {
    const candidate = line + char;
    if (line !== '' && context.measureText(candidate).width > width) {
      // Keep closing punctuation on the line it closes, as typesetters do.
      if ('，。、；：）》'.includes(char)) {
        lines.push(candidate);
        line = '';
        continue;
      }
      lines.push(line);
      line = char;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Draws text centred on `centerX` with extra spacing between characters. */
export function drawSpacedCentered(
  context: SKRSContext2D,
  text: string,
  centerX: number,
  y: number,
  spacing: number,
): void {
  const chars = Array.from(text);
  const widths = chars.map((char) => context.measureText(char).width);
  const total = widths.reduce((sum, value) => sum + value, 0) + spacing * (chars.length - 1);
  let cursor = centerX - total / 2;
  chars.forEach((char, index) => {
    context.fillText(char, cursor, y);
    cursor += (widths[index] as number) + spacing;
  });
}

import type { LabelAnchor } from './find-anchors';
import { MULTI_LINE_TARGETS } from './label-table';
import { labelBoxSpilled, trimLabelSpill } from './label-spill';
import { type LineToken, onSameRow } from './line-token';
import { joinWrappedLines } from './normalize-value';
import { isBodyAnchor, isFree, type PageContext } from './page-context';
import { isUnfinished, isWholeWrappedValue } from './unfinished-value';
import { valueRegionOf, type ValueRegion } from './value-region';

/** The printed lines of one label's value, top to bottom, and the tokens they came from. */
export interface CollectedValue {
  lines: string[];
  tokens: LineToken[];
  /** Left edge of the value's first line; wrapped lines start here too. */
  valueLeft: number;
}

/**
 * Maximum blank gap, in line heights, between the wrapped lines of a business scope. It bridges one
 * line the detector missed, since the next label or a stop line bounds the scope anyway.
 */
const MAX_SCOPE_WRAP_GAP = 2.5;

/** Maximum blank gap, in line heights, between the wrapped lines of an address. */
const MAX_WRAP_GAP = 1.2;

/**
 * Names and types wrap rarely and then with tight spacing, so a looser gap would swallow the next
 * field's value when its label was not detected.
 */
const MAX_SHORT_WRAP_GAP = 0.3;

/** Most lines a date, term or capital wraps onto after its first. */
const MAX_TAIL_ROWS = 2;

/**
 * Collects a label's value by geometry. The value starts with the text after the label in its own
 * box and the boxes to its right on the same row, up to the next column. Wrapping fields add the
 * lines below that start at the value's left edge, up to the next label, a stop line or a large gap.
 */
export function collectValue(context: PageContext, anchor: LabelAnchor): CollectedValue {
  const region = valueRegionOf(context, anchor);
  const first = collectFirstLine(context, anchor, region);
  if (first.lines.length === 0) return first;
  if (!MULTI_LINE_TARGETS.has(anchor.spec.target)) return addWrappedTail(context, anchor, region, first);

  // A name or type wraps only when its first line is full or leaves a bracket open (…（普通合).
  const unit = context.lineHeight;
  const maxGap = maxWrapGap(anchor.spec.target);
  const valueRight = Math.max(anchor.right, ...first.tokens.map((token) => token.right));
  const short = valueRight < textRightEdge(context, region) - unit * 3;
  if (maxGap === MAX_SHORT_WRAP_GAP && short && !leavesBracketOpen(first.lines)) return first;

  const { lines, tokens, valueLeft } = first;
  let lastRow = first.lastRow;
  let wrapLeft = valueLeft;

  for (;;) {
    const row = nextWrappedRow(context, region, wrapLeft, lastRow, maxGap, tokens);
    if (row.length === 0) break;
    lines.push(row.map((token) => token.text).join(' '));
    tokens.push(...row);
    lastRow = rowSpanOf(row);

    // Wrapped lines follow the previous line's left edge, which drifts on photographed pages.
    wrapLeft = row[0]?.left ?? wrapLeft;

    // A name or type ends with its first short line or closed bracket. A scope or address goes on, because the
    // detector may have found only part of a line.
    const rowRight = Math.max(...row.map((token) => token.right));
    if (maxGap === MAX_SHORT_WRAP_GAP && (rowRight < valueRight - unit * 3 || !leavesBracketOpen(lines))) break;
  }

  return { lines, tokens, valueLeft };
}

/**
 * Adds the wrapped tail of a date, term or capital that its first line leaves unfinished
 * (…至2057年5月2 over 5日). Such a value is printed as tightly as the next field, so the gap cannot
 * tell them apart. The next line is taken only when it starts at the value's left edge, sits beside
 * no other label, and the joined text has the field's full shape.
 */
function addWrappedTail(
  context: PageContext,
  anchor: LabelAnchor,
  region: ValueRegion,
  first: CollectedValue & { lastRow: RowSpan },
): CollectedValue {
  const target = anchor.spec.target;
  const { lines, tokens, valueLeft } = first;
  let lastRow = first.lastRow;

  for (let taken = 0; taken < MAX_TAIL_ROWS && isUnfinished(target, joinWrappedLines(lines)); taken += 1) {
    const row = nextWrappedRow(context, region, valueLeft, lastRow, MAX_WRAP_GAP, tokens);
    const rowText = row.map((token) => token.text).join(' ');
    if (row.length === 0 || !isWholeWrappedValue(target, joinWrappedLines([...lines, rowText]))) break;

    lines.push(rowText);
    tokens.push(...row);
    lastRow = rowSpanOf(row);
  }

  return { lines, tokens, valueLeft };
}

/** Collects the value's first line: on the label's row, or failing that under the label. */
function collectFirstLine(
  context: PageContext,
  anchor: LabelAnchor,
  region: ValueRegion,
): CollectedValue & { lastRow: RowSpan } {
  const unit = context.lineHeight;
  const rowTokens = sameRowTokens(context, anchor, region);
  const firstToken = rowTokens[0];
  const inline = labelBoxSpilled(anchor, firstToken, unit) ? '' : anchor.inlineValue;

  const rowTexts = rowTokens.map((token) => token.text);
  if (inline === '' && firstToken && rowTexts[0] !== undefined) {
    rowTexts[0] = trimLabelSpill(anchor, firstToken, rowTexts[0], unit);
  }

  const firstLine = [inline, ...rowTexts].filter((text) => text.trim() !== '');
  if (firstLine.length > 0) {
    const valueLeft = inline !== '' ? anchor.inlineValueLeft : (firstToken?.left ?? Number.NaN);
    const lastRow = rowSpanOf([labelTokenOf(anchor), ...rowTokens]);
    return { lines: [firstLine.join(' ')], tokens: [...rowTokens], valueLeft, lastRow };
  }

  const below = valueBelowLabel(context, anchor, region);
  const lines = below.length > 0 ? [below.map((token) => token.text).join(' ')] : [];
  const lastRow = rowSpanOf(below.length > 0 ? below : [labelTokenOf(anchor)]);
  return { lines, tokens: below, valueLeft: below[0]?.left ?? Number.NaN, lastRow };
}

function leavesBracketOpen(lines: readonly string[]): boolean {
  const text = lines.join('');
  return (text.match(/[（(]/g) ?? []).length > (text.match(/[）)]/g) ?? []).length;
}

/** Right edge of the printed text in a value region: the column bound, or the widest line in it. */
function textRightEdge(context: PageContext, region: ValueRegion): number {
  const rights = context.tokens
    .filter((token) => !context.blocked.has(token.id) && token.left >= region.left && token.left < region.right)
    .map((token) => Math.min(token.right, region.right));
  return rights.length > 0 ? Math.max(...rights) : region.right;
}

function maxWrapGap(target: LabelAnchor['spec']['target']): number {
  if (target === 'business_scope') return MAX_SCOPE_WRAP_GAP;
  if (target === 'address') return MAX_WRAP_GAP;
  return MAX_SHORT_WRAP_GAP;
}

function sameRowTokens(context: PageContext, anchor: LabelAnchor, region: ValueRegion): LineToken[] {
  const labelBand = anchor.tokens[anchor.tokens.length - 1] ?? anchor;
  return context.tokens
    .filter((token) => isFree(context, token) && !anchor.tokens.includes(token))
    .filter((token) => onSameRow(labelBand, token))
    .filter((token) => token.left >= region.left && token.left < region.right)
    .sort((a, b) => a.left - b.left);
}

/** Finds a value printed under its label, as the credit code is on the 2019 license. */
function valueBelowLabel(context: PageContext, anchor: LabelAnchor, region: ValueRegion): LineToken[] {
  const unit = context.lineHeight;
  const candidates = context.tokens
    .filter((token) => isFree(context, token) && token.top >= anchor.bottom - unit * 0.3)
    .filter((token) => token.top - anchor.bottom <= unit * MAX_WRAP_GAP && token.top < region.bottom)
    .filter((token) => Math.abs(token.left - anchor.left) <= unit * 1.5)
    .sort((a, b) => a.top - b.top);

  const first = candidates[0];
  return first ? [first] : [];
}

/** Vertical extent of the last row taken into a value. */
interface RowSpan {
  centerY: number;
  bottom: number;
}

function rowSpanOf(row: readonly LineToken[]): RowSpan {
  return {
    centerY: row.reduce((sum, token) => sum + token.centerY, 0) / Math.max(1, row.length),
    bottom: Math.max(...row.map((token) => token.bottom)),
  };
}

function labelTokenOf(anchor: LabelAnchor): LineToken {
  const token = anchor.tokens[anchor.tokens.length - 1] ?? anchor.tokens[0];
  if (!token) throw new Error('a label anchor needs at least one token');
  return token;
}

/**
 * Finds the next wrapped line: the highest free row below the last one (its centre at least half a
 * line lower, since tightly printed lines have overlapping boxes) within the gap limit.
 */
function nextWrappedRow(
  context: PageContext,
  region: ValueRegion,
  valueLeft: number,
  lastRow: RowSpan,
  maxGap: number,
  collected: readonly LineToken[],
): LineToken[] {
  const unit = context.lineHeight;
  const left = Number.isNaN(valueLeft) ? region.left : valueLeft - unit;
  const candidates = context.tokens
    .filter((token) => isFree(context, token) && !collected.includes(token))
    .filter((token) => token.centerY >= lastRow.centerY + unit * 0.5 && token.top - lastRow.bottom <= unit * maxGap)
    .filter((token) => token.top < region.bottom - unit * 0.2)
    .filter((token) => token.left >= left && token.left < region.right)
    .sort((a, b) => a.top - b.top);

  const first = candidates[0];
  if (!first || besideOtherLabel(context, first, region.labelLeft)) return [];

  const row = candidates.filter((token) => onSameRow(first, token)).sort((a, b) => a.left - b.left);
  const rowLeft = row[0]?.left ?? 0;
  if (!Number.isNaN(valueLeft) && rowLeft > valueLeft + unit * 2) return [];
  return row;
}

/**
 * True when a line sits on the row of another label of the same column, to the line's left, so it
 * is that label's value.
 */
function besideOtherLabel(context: PageContext, token: LineToken, labelLeft: number): boolean {
  const unit = context.lineHeight;
  return context.anchors.some(
    (anchor) =>
      isBodyAnchor(anchor) &&
      anchor.left >= labelLeft - unit * 2 &&
      anchor.left < token.left &&
      onSameRow(labelTokenOf(anchor), token),
  );
}

import type { LicenseTextFields } from '../../license';
import { classifyValue } from './classify-value';
import { type LineToken, groupRows, rowBottom, rowTop } from './line-token';
import { joinWrappedLines } from './normalize-value';
import { isFree, type PageContext } from './page-context';

/** Vertical span of the license body: below the title and code, above the authority and footer. */
export interface BodySpan {
  top: number;
  bottom: number;
}

/** Lines printed with wrapped text have gaps below this many line heights. */
const MAX_BLOCK_GAP = 0.6;

/** Tolerance, in line heights, for a value to count as aligned with a value column. */
const COLUMN_TOLERANCE = 2;

/**
 * Fills fields whose labels were not found as boxes, because detection at reduced size misses
 * widely spaced labels such as 名 称. Leftover body lines that start at a value column's left edge
 * are grouped into blocks. Each block fills the first still-missing field its text fits.
 */
export function recoverOrphanValues(
  context: PageContext,
  fields: LicenseTextFields,
  valueLefts: readonly number[],
  body: BodySpan,
): void {
  const unit = context.lineHeight;
  const leftovers = context.tokens.filter(
    (token) => isFree(context, token) && token.top >= body.top && token.bottom <= body.bottom,
  );

  for (const block of groupBlocks(groupRows(leftovers), unit)) {
    const first = block[0]?.[0];
    if (!first) continue;
    if (valueLefts.length > 0 && !valueLefts.some((left) => Math.abs(left - first.left) <= unit * COLUMN_TOLERANCE)) continue;

    const text = joinWrappedLines(block.map((row) => row.map((token) => token.text).join(' ')));
    const target = classifyValue(text).find((field) => fields[field] === undefined);
    if (!target || text === '') continue;

    fields[target] = text;
    for (const row of block) for (const token of row) context.used.add(token.id);
  }
}

/**
 * Merges consecutive rows into one block when they are close, start at the same x and the upper
 * row is full: a line shorter than the widest line of its column ends its paragraph.
 */
function groupBlocks(rows: LineToken[][], unit: number): LineToken[][][] {
  const blocks: LineToken[][][] = [];

  for (const row of rows) {
    const block = blocks[blocks.length - 1];
    const previous = block?.[block.length - 1];
    const aligned = previous && Math.abs(rowLeft(previous) - rowLeft(row)) <= unit;
    const full = previous && rowRight(previous) >= widestRight(rows, rowLeft(previous), unit) - unit * 3;
    if (block && previous && aligned && full && rowTop(row) - rowBottom(previous) <= unit * MAX_BLOCK_GAP) block.push(row);
    else blocks.push([row]);
  }

  return blocks;
}

function rowLeft(row: readonly LineToken[]): number {
  return Math.min(...row.map((token) => token.left));
}

function rowRight(row: readonly LineToken[]): number {
  return Math.max(...row.map((token) => token.right));
}

/** Right edge of the widest row starting at the given x. */
function widestRight(rows: readonly LineToken[][], left: number, unit: number): number {
  return Math.max(...rows.filter((row) => Math.abs(rowLeft(row) - left) <= unit).map(rowRight));
}

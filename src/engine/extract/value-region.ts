import type { LabelAnchor } from './find-anchors';
import { isBodyAnchor, type PageContext } from './page-context';

/** The rectangle a label's value may occupy: right of the label, above the next label below. */
export interface ValueRegion {
  /** Left edge of the label itself. */
  labelLeft: number;
  /** Left bound for the first value line; continuation lines start at the value's own left edge. */
  left: number;
  /** The next label column's left edge, or the page's right edge. */
  right: number;
  /** Top of the next label or stop line below that overlaps the region. */
  bottom: number;
}

/** Computes the region for a label's value from the positions of the other labels. */
export function valueRegionOf(context: PageContext, anchor: LabelAnchor): ValueRegion {
  const unit = context.lineHeight;
  const right = columnRight(context, anchor);
  let bottom = Number.POSITIVE_INFINITY;

  for (const other of context.anchors) {
    if (other === anchor || !isBodyAnchor(other)) continue;
    if (other.top <= anchor.top + unit * 0.5) continue;
    if (other.left >= right || other.left < anchor.left - unit * 2) continue;
    bottom = Math.min(bottom, other.top);
  }

  for (const stop of context.stopTokens) {
    if (stop.top <= anchor.top + unit * 0.5) continue;
    if (stop.right <= anchor.right || stop.left >= right) continue;
    bottom = Math.min(bottom, stop.top);
  }

  return { labelLeft: anchor.left, left: anchor.right - unit, right, bottom };
}

/**
 * Finds the right bound of a label's column: the left edge of the nearest label column to its
 * right. In the two-column layout the right column's labels (注册资本, 住所 …) bound the left
 * column's values, business scope included, even below the last right-column label.
 */
function columnRight(context: PageContext, anchor: LabelAnchor): number {
  const unit = context.lineHeight;
  let right = context.pageWidth;

  for (const other of context.anchors) {
    if (other === anchor || !isBodyAnchor(other) || other.needsAlignment) continue;
    if (other.left <= anchor.right + unit) continue;
    right = Math.min(right, other.left - unit * 0.3);
  }

  return right;
}

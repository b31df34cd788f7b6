import type { LabelAnchor } from './find-anchors';
import type { LineToken } from './line-token';

/** Page state shared by every extraction step. */
export interface PageContext {
  tokens: LineToken[];
  anchors: LabelAnchor[];
  /** Median line height in pixels, the unit of every distance threshold. */
  lineHeight: number;
  pageWidth: number;
  /** Tokens that can never be part of a value: labels, title, stop phrases, seal text. */
  blocked: Set<number>;
  /** Tokens already assigned to a value. */
  used: Set<number>;
  /** Lines that end value regions: registration authority, QR caption, footer. */
  stopTokens: LineToken[];
}

/** True for a token still free to become part of a value. */
export function isFree(context: PageContext, token: LineToken): boolean {
  return !context.blocked.has(token.id) && !context.used.has(token.id);
}

/** True for anchors of body fields, the ones that form the label columns. */
export function isBodyAnchor(anchor: LabelAnchor): boolean {
  return anchor.spec.target !== 'reg_num' && anchor.spec.target !== 'serial';
}

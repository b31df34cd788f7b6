import type { LicenseTextFields } from '../../license';
import type { LicenseLayout } from './extraction-result';
import type { LabelAnchor } from './find-anchors';
import type { LineToken } from './line-token';
import { isBodyAnchor } from './page-context';

/** Share of the text's width that separates the two label columns of the horizontal layout. */
const COLUMN_SEPARATION = 0.25;

/** Names the print layout from the title, the labels found and where they stand. */
export function detectLayout(
  tokens: readonly LineToken[],
  anchors: readonly LabelAnchor[],
  fields: LicenseTextFields,
  pageWidth: number,
): LicenseLayout {
  if (tokens.some((token) => /电子营业执照|^[（(]电子[)）]$/.test(token.compact))) return 'electronic';

  const labels = new Set(anchors.map((anchor) => anchor.spec.text));
  const oldRegistration = labels.has('注册号') && /^\d{15}$/.test(fields.reg_num ?? '');
  if (labels.has('发照日期') || (oldRegistration && !labels.has('统一社会信用代码') && labels.has('经营者'))) {
    return 'individual-2011';
  }

  const lefts = anchors.filter((anchor) => isBodyAnchor(anchor) && !anchor.fuzzy).map((anchor) => anchor.left);
  if (lefts.length < 2) return 'unknown';

  // The license may fill only part of a photo, so the spread is compared with the text's own width.
  const textWidth = Math.min(pageWidth, Math.max(...tokens.map((token) => token.right)) - Math.min(...tokens.map((token) => token.left)));
  const spread = Math.max(...lefts) - Math.min(...lefts);
  return spread > textWidth * COLUMN_SEPARATION ? 'horizontal' : 'vertical';
}

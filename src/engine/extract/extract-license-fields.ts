import type { LicenseTextFields } from '../../license';
import type { OcrPage } from '../types';
import { type CollectedValue, collectValue } from './collect-value';
import { detectLayout } from './detect-layout';
import type { ExtractionResult } from './extraction-result';
import { findLabelAnchors, isStopToken, isTitleText, type LabelAnchor } from './find-anchors';
import type { LabelTarget } from './label-table';
import { groupRows, type LineToken, medianHeight, toLineTokens } from './line-token';
import { joinWrappedLines } from './normalize-value';
import { isDecoration, isInsideLongerLine } from './noise-lines';
import { isBodyAnchor, type PageContext } from './page-context';
import { type BodySpan, recoverOrphanValues } from './recover-orphans';
import { fillCodeWithoutLabel, isValidCode, readCode } from './read-code';
import { correctScopeBoilerplate } from './scope-boilerplate';
import { trimDateNoise } from './unfinished-value';
import { preferShapedReading } from './value-shape';

/** Fields whose values start with a date. */
const DATE_TARGETS: ReadonlySet<LabelTarget> = new Set<LabelTarget>(['registered_date', 'valid_period', 'valid_from', 'valid_to']);

/** Distinct labels that make a page a license even when its title was not read. */
const MIN_LABELS_FOR_LICENSE = 3;

/**
 * Reads the wire text fields of a business license from an upright OCR page.
 *
 * @example
 * const { fields, looksLikeLicense } = extractLicenseFields(page);
 * if (looksLikeLicense) console.log(fields.enterprise_name);
 */
export function extractLicenseFields(page: OcrPage): ExtractionResult {
  const tokens = toLineTokens(page.lines);
  const context = buildContext(tokens, page.width);
  const fields: LicenseTextFields = {};
  const valueLefts: number[] = [];

  fillFromLabels(context, fields, valueLefts);
  fillCodeWithoutLabel(context, fields);
  recoverOrphanValues(context, fields, valueLefts, bodySpan(context, tokens));

  const titleFound = tokens.some((token) => isTitleText(token.compact)) || rowsSpellTitle(tokens);
  const distinctLabels = new Set(context.anchors.filter((anchor) => !anchor.fuzzy).map((anchor) => anchor.spec.target));
  const looksLikeLicense =
    titleFound || distinctLabels.size >= MIN_LABELS_FOR_LICENSE || (isValidCode(fields.reg_num) && distinctLabels.size >= 1);

  return { fields, looksLikeLicense, layout: detectLayout(tokens, context.anchors, fields, page.width) };
}

function buildContext(tokens: LineToken[], pageWidth: number): PageContext {
  const lineHeight = medianHeight(tokens);
  const stopTokens = tokens.filter(isStopToken);
  const stopIds = new Set(stopTokens.map((token) => token.id));
  const anchors = keepAlignedAnchors(
    findLabelAnchors(tokens).filter((anchor) => !anchor.tokens.some((token) => stopIds.has(token.id))),
    lineHeight,
  );

  const blocked = new Set<number>(stopIds);
  for (const anchor of anchors) for (const token of anchor.tokens) blocked.add(token.id);
  for (const token of tokens) if (isDecoration(token, lineHeight)) blocked.add(token.id);
  for (const token of tokens) if (isInsideLongerLine(token, tokens)) blocked.add(token.id);

  return { tokens, anchors, lineHeight, pageWidth, blocked, used: new Set(), stopTokens };
}

/**
 * Keeps a short fuzzy label, or a lone character of a two-character label, only where it lines up
 * with a label column found exactly. A last character must line up by its right edge, because
 * labels are printed justified to one width. Everything else lines up by its left edge.
 */
function keepAlignedAnchors(anchors: LabelAnchor[], unit: number): LabelAnchor[] {
  const exact = anchors.filter((anchor) => !anchor.needsAlignment && isBodyAnchor(anchor));
  const tolerance = unit * 1.5;

  return anchors.filter((anchor) => {
    if (!anchor.needsAlignment) return true;
    if (anchor.fragment === 'last') return exact.some((other) => Math.abs(other.right - anchor.right) <= tolerance);
    return exact.some((other) => Math.abs(other.left - anchor.left) <= tolerance);
  });
}

/** Fills each field from its label, top to bottom, exact labels before fuzzy ones. */
function fillFromLabels(context: PageContext, fields: LicenseTextFields, valueLefts: number[]): void {
  const ordered = [...context.anchors].sort((a, b) => Number(a.fuzzy) - Number(b.fuzzy) || a.top - b.top);
  const halves: { valid_from?: string; valid_to?: string } = {};

  for (const anchor of ordered) {
    const target = anchor.spec.target;
    const filled = target === 'valid_from' || target === 'valid_to' ? halves[target] : fields[target];
    if (filled !== undefined) continue;

    const value = collectValue(context, anchor);
    const text = readValueText(anchor, value);
    if (!text) continue;

    for (const token of value.tokens) context.used.add(token.id);
    if (!Number.isNaN(value.valueLeft) && isBodyAnchor(anchor)) valueLefts.push(value.valueLeft);

    if (target === 'valid_from' || target === 'valid_to') halves[target] = text;
    else fields[target] = text;
  }

  if (fields.valid_period === undefined && halves.valid_from !== undefined) {
    fields.valid_period = `${halves.valid_from}至${halves.valid_to ?? ''}`;
  }
}

function readValueText(anchor: LabelAnchor, value: CollectedValue): string | undefined {
  if (anchor.spec.target === 'reg_num') return readCode(anchor, value.tokens);
  const text = preferShapedReading(anchor, value.tokens, joinWrappedLines(value.lines));
  if (anchor.spec.target === 'business_scope') return correctScopeBoilerplate(text);

  // A year has four digits, so a fifth in front is the label box's last stroke read as a digit.
  if (DATE_TARGETS.has(anchor.spec.target)) return trimDateNoise(text);
  return text;
}

/** True when single-character boxes on one row spell the title. */
function rowsSpellTitle(tokens: readonly LineToken[]): boolean {
  return groupRows(tokens).some((row) => isTitleText(row.map((token) => token.compact).join('')));
}

/** Computes the body's span: below the title, above the first stop line under every label. */
function bodySpan(context: PageContext, tokens: readonly LineToken[]): BodySpan {
  const unit = context.lineHeight;
  const titleBottoms = tokens.filter((token) => isTitleText(token.compact)).map((token) => token.bottom);
  const anchorTops = context.anchors.filter(isBodyAnchor).map((anchor) => anchor.top);
  const lowestLabel = anchorTops.length > 0 ? Math.max(...anchorTops) : 0;
  const top = titleBottoms.length > 0 ? Math.max(...titleBottoms) : Math.min(...anchorTops, Infinity) - unit * 4;
  const stopTops = context.stopTokens.filter((token) => token.top > lowestLabel).map((token) => token.top);

  return { top, bottom: stopTops.length > 0 ? Math.min(...stopTops) : Number.POSITIVE_INFINITY };
}

import type { LicenseTextFields } from '../../license';
import type { OcrPage } from '../types';
import { type CollectedValue, collectValue } from './collect-value';
import { pickCreditCode, pickRegistrationNumber, stripCopySuffix, tokenReadings } from './credit-code';
import { detectLayout } from './detect-layout';
import type { ExtractionResult } from './extraction-result';
import { findLabelAnchors, isStopToken, isTitleText, type LabelAnchor } from './find-anchors';
import type { LabelTarget } from './label-table';
import { groupRows, type LineToken, medianHeight, toLineTokens } from './line-token';
import { joinWrappedLines } from './normalize-value';
import { isBodyAnchor, type PageContext } from './page-context';
import { type BodySpan, recoverOrphanValues } from './recover-orphans';
import { correctScopeBoilerplate } from './scope-boilerplate';

/** Seal arc text is printed along a circle, so its boxes tilt far more than a skewed body line. */
const MAX_VALUE_TILT_DEGREES = 12;

/** Watermarks (副本), seals and titles print far larger than any value line. */
const MAX_VALUE_HEIGHT_RATIO = 2.2;

/** Lines read with less confidence than this are noise (seal, guilloche) rather than values. */
const MIN_VALUE_SCORE = 0.3;

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

/** Title, copy marks and seal text: printed lines that never belong to a value. */
function isDecoration(token: LineToken, lineHeight: number): boolean {
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
function isInsideLongerLine(token: LineToken, tokens: readonly LineToken[]): boolean {
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
  const text = joinWrappedLines(value.lines);
  if (anchor.spec.target === 'business_scope') return correctScopeBoilerplate(text);

  // A year has four digits, so a fifth in front is the label box's last stroke read as a digit.
  if (DATE_TARGETS.has(anchor.spec.target)) return text.replace(/^\d(?=\d{4}年)/, '');
  return text;
}

/** Reads the credit code or registration number printed after its label. */
function readCode(anchor: LabelAnchor, valueTokens: readonly LineToken[]): string | undefined {
  const readings = [anchor.inlineValue, ...valueTokens.flatMap(tokenReadings)].filter((text) => text.trim() !== '');
  const joined = readings.length > 1 ? [readings.join('')] : [];
  const all = [...readings, ...joined];

  const credit = pickCreditCode(all);
  const registration = pickRegistrationNumber(all);
  if (credit?.valid) return credit.code;
  if (registration?.valid || (registration && anchor.spec.text === '注册号')) return registration?.code;
  if (credit) return credit.code;

  const printed = joinWrappedLines(readings.slice(0, 1));
  return printed === '' ? undefined : stripCopySuffix(printed);
}

/**
 * Finds the credit code anywhere on the page when its label was not read: a code that passes its
 * check first, then any 18-character reading, then a 15-digit registration number.
 */
function fillCodeWithoutLabel(context: PageContext, fields: LicenseTextFields): void {
  if (fields.reg_num !== undefined) return;

  const free = context.tokens.filter((token) => !context.used.has(token.id) && !context.blocked.has(token.id));
  const credit = free.map((token) => ({ token, reading: pickCreditCode(tokenReadings(token)) }));
  const found =
    credit.find((entry) => entry.reading?.valid) ??
    credit.find((entry) => entry.reading) ??
    free.map((token) => ({ token, reading: pickRegistrationNumber(tokenReadings(token)) })).find((entry) => entry.reading);
  if (!found?.reading) return;

  fields.reg_num = found.reading.code;
  context.used.add(found.token.id);
}

function isValidCode(code: string | undefined): boolean {
  return code !== undefined && pickCreditCode([code])?.valid === true;
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

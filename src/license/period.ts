import { readLicenseDate } from './dates';
import { ValidPeriod } from './interpretation-schema';
import { normalizeLicenseText } from './normalize-text';
import { WarningCode } from './warning-codes';

/** Whole-field texts that mean the business term has no end. */
const LONG_TERM_TEXTS = new Set([
  '长期',
  '长期有效',
  '永久',
  '永久存续',
  '不约定期限',
  '无固定期限',
  '无期限',
]);

/** Years from which an end date is a 长期 sentinel, as in `29991231` or `9999-12-31`. */
const SENTINEL_YEAR = 2999;

/** Printed blanks: nothing at all, the empty template `年月日`, or a row of asterisks or dashes. */
const BLANK_PATTERN = /^(?:|年月日|\*+|-+|—+|_+|\/)$/u;

/** Field labels that OCR sometimes keeps in front of the value. */
const LABEL_PATTERN = /^(?:营业期限|经营期限|合伙期限)[::]?/u;

/** The reading of one side of the term. */
type EndpointReading =
  | { kind: 'date'; date: string }
  | { kind: 'open' }
  | { kind: 'long-term' }
  | { kind: 'invalid' }
  | { kind: 'unparsed' };

export interface PeriodReading {
  validPeriod: ValidPeriod | null;
  warnings: WarningCode[];
}

export interface PeriodContext {
  /** The registered date `YYYY-MM-DD`, used as the start when the term leaves it out. */
  registeredDate: string | null;
}

function readEndpoint(text: string): EndpointReading {
  const trimmed = text.replace(/^自/u, '').replace(/(?:起|止)$/u, '');
  if (BLANK_PATTERN.test(trimmed)) {
    return { kind: 'open' };
  }
  if (LONG_TERM_TEXTS.has(trimmed)) {
    return { kind: 'long-term' };
  }

  const reading = readLicenseDate(trimmed);
  if (!reading.ok) {
    return { kind: reading.reason };
  }
  if (reading.precision === 'month') {
    return { kind: 'invalid' };
  }
  if (Number(reading.date.slice(0, 4)) >= SENTINEL_YEAR) {
    return { kind: 'long-term' };
  }
  return { kind: 'date', date: reading.date };
}

/** Splits `A至B`, `自A至B`, `A到B`, `A-B` or `A~B` into its two sides, or returns null. */
function splitPeriod(text: string): [string, string] | null {
  const word = /^(.*?)(?:至|到|起至)(.*)$/u.exec(text);
  if (word) {
    return [word[1]!, word[2]!];
  }

  const symbol = /^(\d{4}\D?\d{1,2}\D?\d{1,2}\D?)[-~～—](\d{4}\D?\d{1,2}\D?\d{1,2}\D?|长期|永久)$/u.exec(text);
  if (symbol) {
    return [symbol[1]!, symbol[2]!];
  }

  const startOnly = /^(.+)起$/u.exec(text);
  return startOnly ? [startOnly[1]!, ''] : null;
}

/** Builds the period from its two sides, adding warnings for gaps and bad dates. */
function combine(start: EndpointReading, end: EndpointReading, context: PeriodContext): PeriodReading {
  const nothingRead = start.kind === 'open' && end.kind === 'open';
  if (start.kind === 'unparsed' || end.kind === 'unparsed' || start.kind === 'long-term' || nothingRead) {
    return { validPeriod: null, warnings: ['valid_period_unparsed'] };
  }

  const warnings: WarningCode[] = [];
  if (start.kind === 'invalid' || end.kind === 'invalid') {
    warnings.push('valid_period_date_invalid');
  }

  // An impossible start date stays null rather than being replaced by the registered date.
  let startDate = start.kind === 'date' ? start.date : null;
  if (start.kind === 'open') {
    startDate = context.registeredDate;
    warnings.push('valid_period_partial');
  }

  const longTerm = end.kind === 'long-term' || end.kind === 'open';
  const endDate = end.kind === 'date' ? end.date : null;
  return { validPeriod: { start: startDate, end: endDate, longTerm }, warnings };
}

/**
 * Reads the business term (营业期限). Accepted forms: `A至B`, `自A至B`, `A至长期`, `自A起`, an open
 * end written as blank, `年月日` or `******`, whole-field `长期`/`长期有效`/`永久`/`不约定期限`, and end
 * years from 2999 (`29991231`) as 长期. A lone date is read as the end, with the start taken from
 * the registered date, and is flagged `valid_period_partial`.
 *
 * @example readValidPeriod('2018年01月01日至长期', { registeredDate: null }).validPeriod
 *   // { start: '2018-01-01', end: null, longTerm: true }
 */
export function readValidPeriod(text: string | undefined, context: PeriodContext): PeriodReading {
  const compact = normalizeLicenseText(text ?? '')
    .replace(LABEL_PATTERN, '')
    .replace(/期限(?=[自至])/gu, '');
  if (compact === '') {
    return { validPeriod: null, warnings: [] };
  }

  if (LONG_TERM_TEXTS.has(compact)) {
    return { validPeriod: { start: context.registeredDate, end: null, longTerm: true }, warnings: [] };
  }

  const sides = splitPeriod(compact);
  if (sides !== null) {
    return combine(readEndpoint(sides[0]), readEndpoint(sides[1]), context);
  }

  const lone = readEndpoint(compact);
  if (lone.kind === 'open') {
    return { validPeriod: null, warnings: ['valid_period_unparsed'] };
  }
  if (lone.kind === 'long-term') {
    return { validPeriod: { start: context.registeredDate, end: null, longTerm: true }, warnings: [] };
  }
  return combine({ kind: 'open' }, lone, context);
}

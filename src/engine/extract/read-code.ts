import type { LicenseTextFields } from '../../license';
import { pickCreditCode, pickRegistrationNumber, stripCopySuffix, tokenReadings } from './credit-code';
import type { LabelAnchor } from './find-anchors';
import type { LineToken } from './line-token';
import { joinWrappedLines } from './normalize-value';
import type { PageContext } from './page-context';

/** Reads the credit code or registration number printed after its label. */
export function readCode(anchor: LabelAnchor, valueTokens: readonly LineToken[]): string | undefined {
  const readings = [anchor.inlineValue, ...valueTokens.flatMap(tokenReadings)].filter((text) => text.trim() !== '');

  // A code can be split over two boxes (93330110MAB67 and 7LU9J(1-1)), so the texts are also joined.
  const texts = [anchor.inlineValue, ...valueTokens.map((token) => token.text)].filter((text) => text.trim() !== '');
  const all = texts.length > 1 ? [...readings, texts.join('')] : readings;

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
export function fillCodeWithoutLabel(context: PageContext, fields: LicenseTextFields): void {
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

export function isValidCode(code: string | undefined): boolean {
  return code !== undefined && pickCreditCode([code])?.valid === true;
}

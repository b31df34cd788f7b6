/**
 * Checks for the 18-character unified social credit code (统一社会信用代码) of GB 32100-2015.
 */

/** The 31 symbols of GB 32100, valued 0–30 in this order. I, O, Z, S and V are left out. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * The shape of a unified social credit code: department and category from the alphabet, a 6-digit
 * administrative division code, then 10 characters from the alphabet.
 */
const USCC_PATTERN = /^[0-9A-HJ-NP-RTUWXY]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXY]{10}$/;

/** Letters that OCR reads in place of digits, and the digit each one stands for. */
const OCR_DIGIT_LOOKALIKES: Readonly<Record<string, string>> = Object.freeze({
  O: '0',
  I: '1',
  Z: '2',
  S: '5',
});

/**
 * Computes the check character (position 18) from the first 17 characters:
 * `alphabet[(31 - Σ value·weight mod 31) mod 31]`. The outer `mod 31` maps a remainder of 0 to `0`.
 * Returns null when the body is not 17 characters of the alphabet.
 *
 * @example computeUsccCheckChar('91320621MA1MRHG20') // '5'
 */
export function computeUsccCheckChar(body: string): string | null {
  if (body.length !== 17) {
    return null;
  }

  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    const value = USCC_ALPHABET.indexOf(body.charAt(index));
    if (value < 0) {
      return null;
    }
    sum += value * USCC_WEIGHTS[index]!;
  }

  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Tells whether an 18-character code has the GB 32100 shape and a correct check character.
 * It does not normalise: pass the output of {@link normalizeCreditCode} for printed text.
 *
 * @example isValidUscc('91320621MA1MRHG205') // true
 * @example isValidUscc('111111111111111111') // false: the check character for that body is '5'
 */
export function isValidUscc(code: string): boolean {
  if (!USCC_PATTERN.test(code)) {
    return false;
  }

  return computeUsccCheckChar(code.slice(0, 17)) === code.charAt(17);
}

/**
 * Replaces the OCR look-alike letters O, I, Z and S with 0, 1, 2 and 5. Every other character is
 * kept, so the result may still be invalid.
 */
export function replaceDigitLookalikes(code: string): string {
  return code.replace(/[OIZS]/g, (letter) => OCR_DIGIT_LOOKALIKES[letter] ?? letter);
}

/**
 * Repairs an OCR reading of a unified social credit code whose only faults are the letters O, I, Z
 * or S, which the alphabet forbids, read in place of 0, 1, 2 or 5. Returns the repaired code only when
 * a replacement was needed and the result passes {@link isValidUscc}, otherwise null.
 *
 * @example repairUscc('9132O621MA1MRHG2O5') // '91320621MA1MRHG205'
 */
export function repairUscc(code: string): string | null {
  if (code.length !== 18 || !/[OIZS]/.test(code)) {
    return null;
  }

  const repaired = replaceDigitLookalikes(code);
  return isValidUscc(repaired) ? repaired : null;
}

/**
 * Normalises a printed credit code or registration number: NFKC (full-width to ASCII), upper case,
 * whitespace removed, and a copy suffix such as `(1-1)`, `（1/3）`, `副本(2-3)` or `（副本）` stripped.
 *
 * @example normalizeCreditCode('９１３２０６２１ＭＡ１ＭＲＨＧ２０５（1-1）') // '91320621MA1MRHG205'
 */
export function normalizeCreditCode(text: string): string {
  const compact = text.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
  const withoutSuffix = compact.replace(/(?:副本|正本)?\(\d{1,2}[-/]\d{1,2}\)$|\((?:副本|正本)\)$/u, '');
  return withoutSuffix.replace(/^(?:统一社会信用代码|注册号)[::]?/u, '');
}

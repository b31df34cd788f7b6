import { replaceDigitLookalikes } from './credit-code';

/**
 * Checks for the 15-digit registration number (注册号) that licenses carried before the unified
 * social credit code, and that many individual-business licenses still print.
 */

/**
 * Computes the ISO 7064 MOD 11,10 check digit of the first 14 digits. Returns null when the body is
 * not 14 digits.
 *
 * @example computeRegistrationNumberCheckDigit('11010800000001') // '6'
 */
export function computeRegistrationNumberCheckDigit(body: string): string | null {
  if (!/^[0-9]{14}$/.test(body)) {
    return null;
  }

  let product = 10;
  for (const char of body) {
    const sum = (Number(char) + product) % 10;
    product = (2 * (sum === 0 ? 10 : sum)) % 11;
  }

  return String((11 - product) % 10);
}

/**
 * Tells whether a 15-digit registration number has a correct ISO 7064 MOD 11,10 check digit.
 *
 * @example isValidRegistrationNumber('110108000000016') // true
 */
export function isValidRegistrationNumber(code: string): boolean {
  if (!/^[0-9]{15}$/.test(code)) {
    return false;
  }

  return computeRegistrationNumberCheckDigit(code.slice(0, 14)) === code.charAt(14);
}

/**
 * Repairs an OCR reading of a registration number in which O, I, Z or S stand for 0, 1, 2 or 5.
 * Returns the repaired number only when it then passes the check, otherwise null.
 *
 * @example repairRegistrationNumber('11O108000000016') // '110108000000016'
 */
export function repairRegistrationNumber(code: string): string | null {
  if (code.length !== 15 || !/[OIZS]/.test(code)) {
    return null;
  }

  const repaired = replaceDigitLookalikes(code);
  return isValidRegistrationNumber(repaired) ? repaired : null;
}

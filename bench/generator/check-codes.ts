/**
 * Check characters of the registration numbers printed on licenses, computed here so the generator
 * does not depend on the engine it measures.
 *
 * Unified social credit code (GB 32100-2015): alphabet 0-9 A-H J-N P-R T U W X Y (31 symbols), weights
 * 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28, check = alphabet[(31 - sum mod 31) mod 31].
 * Its positions 9-17 are an organisation code (GB 11714) with its own check at position 17.
 * Old 15-digit registration numbers end with an ISO 7064 MOD 11,10 check digit.
 */

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Computes the 18th character of a unified social credit code from its first 17. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error(`credit code body must have 17 characters, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new Error(`"${first17.charAt(i)}" is not in the credit code alphabet`);
    sum += value * (CREDIT_CODE_WEIGHTS[i] as number);
  }
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Returns true when an 18-character credit code ends with its correct check character. */
export function isValidCreditCode(code: string): boolean {
  if (code.length !== 18) return false;
  try {
    return creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17);
  } catch {
    return false;
  }
}

/** Computes the 9th character of an organisation code (GB 11714) from its first 8. */
export function organizationCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const value = parseInt(first8.charAt(i), 36);
    sum += value * (ORGANIZATION_CODE_WEIGHTS[i] as number);
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/** Computes the 15th digit of an old registration number (ISO 7064 MOD 11,10) from its first 14. */
export function registrationNumberCheckDigit(first14: string): string {
  let product = 10;
  for (let i = 0; i < 14; i += 1) {
    let sum = (Number(first14.charAt(i)) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  return String((11 - product) % 10);
}

/** Returns true when a 15-digit registration number ends with its correct check digit. */
export function isValidRegistrationNumber(value: string): boolean {
  return /^\d{15}$/.test(value) && registrationNumberCheckDigit(value.slice(0, 14)) === value.charAt(14);
}

/**
 * Checks for the 9-character organisation code of GB 11714 (组织机构代码), which the unified social
 * credit code embeds at positions 9–17.
 */

const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Maps 0–9 to 0–9 and A–Z to 10–35, as GB 11714 values body characters. */
function organizationCharValue(char: string): number | null {
  if (/^[0-9]$/.test(char)) {
    return Number(char);
  }

  if (/^[A-Z]$/.test(char)) {
    return char.charCodeAt(0) - 'A'.charCodeAt(0) + 10;
  }

  return null;
}

/**
 * Computes the check character of an organisation code from its first 8 characters: 11 minus the
 * weighted sum mod 11, where 10 is written `X` and 11 is written `0`. Returns null when the body is
 * not 8 characters of 0–9 and A–Z.
 *
 * @example computeOrganizationCodeCheckChar('60003734') // '1'
 */
export function computeOrganizationCodeCheckChar(body: string): string | null {
  if (body.length !== 8) {
    return null;
  }

  let sum = 0;
  for (let index = 0; index < 8; index += 1) {
    const value = organizationCharValue(body.charAt(index));
    if (value === null) {
      return null;
    }
    sum += value * ORGANIZATION_CODE_WEIGHTS[index]!;
  }

  const check = 11 - (sum % 11);
  if (check === 10) {
    return 'X';
  }
  return check === 11 ? '0' : String(check);
}

/**
 * Tells whether a 9-character organisation code (without the hyphen) passes the GB 11714 check.
 *
 * @example isValidOrganizationCode('600037341') // true
 */
export function isValidOrganizationCode(code: string): boolean {
  const compact = code.replace(/-/g, '').toUpperCase();
  if (compact.length !== 9) {
    return false;
  }

  return computeOrganizationCodeCheckChar(compact.slice(0, 8)) === compact.charAt(8);
}

/**
 * Invented unified social credit codes and old registration numbers, with a correct check character
 * unless the sample requests a wrong one.
 */
import { computeUsccCheckChar, USCC_ALPHABET } from '../../src/license/credit-code';
import { computeOrganizationCodeCheckChar } from '../../src/license/organization-code';
import { computeRegistrationNumberCheckDigit } from '../../src/license/registration-number';
import { Random } from './random';
import type { EntityKind } from './spec';

/** Administrative division codes used as positions 3–8 (real format, arbitrary choice). */
const DIVISION_CODES = ['320621', '330110', '440305', '370202', '510107', '420106', '350203', '410105', '340104', '430102'];

const CATEGORY_BY_ENTITY: Record<EntityKind, string> = {
  company: '91',
  'joint-stock': '91',
  partnership: '91',
  branch: '91',
  'sole-proprietorship': '91',
  individual: '92',
  cooperative: '93',
};

/** Organisation-code characters: the credit code alphabet, which has no I, O, S, V or Z. */
const ORGANIZATION_ALPHABET = USCC_ALPHABET;

function requireCheck(check: string | null, body: string): string {
  if (check === null) throw new Error(`generated code body "${body}" has a character outside its alphabet`);
  return check;
}

function replaceCheckChar(body: string, correct: string, alphabet: string, random: Random): string {
  let wrong = correct;
  while (wrong === correct) wrong = random.pick(alphabet.split(''));
  return body + wrong;
}

export function pickDivisionCode(random: Random): string {
  return random.pick(DIVISION_CODES);
}

/** Makes an 18-character credit code; `wrongCheck` swaps the last character for a wrong one. */
export function makeCreditCode(random: Random, entity: EntityKind, division: string, wrongCheck: boolean): string {
  let organization = random.chance(0.8) ? 'MA' : random.pick(['L', '0', '7', '3']);
  while (organization.length < 8) organization += random.pick(ORGANIZATION_ALPHABET.split(''));
  organization += requireCheck(computeOrganizationCodeCheckChar(organization), organization);

  const body = CATEGORY_BY_ENTITY[entity] + division + organization;
  const check = requireCheck(computeUsccCheckChar(body), body);
  return wrongCheck ? replaceCheckChar(body, check, USCC_ALPHABET, random) : body + check;
}

/** Makes a 15-digit registration number (ISO 7064 MOD 11,10 check); `wrongCheck` breaks the check. */
export function makeRegistrationNumber(random: Random, division: string, wrongCheck: boolean): string {
  let body = division + '6';
  while (body.length < 14) body += String(random.int(0, 9));
  const check = requireCheck(computeRegistrationNumberCheckDigit(body), body);
  return wrongCheck ? replaceCheckChar(body, check, '0123456789', random) : body + check;
}

/** Makes the 证照编号 / 编号 printed small near the top. */
export function makeSerial(random: Random, division: string, year: number, style: 'digits' | 'letter'): string {
  if (style === 'letter') {
    return `S${random.int(10, 99)}${year}${String(random.int(0, 999999)).padStart(6, '0')}`;
  }
  return `${division}00${year}${String(random.int(0, 99999999)).padStart(8, '0')}`;
}

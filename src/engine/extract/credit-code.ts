import type { LineToken } from './line-token';

// NOTE: the GB 32100 and ISO 7064 checks below belong in src/license once its credit-code module
// lands; until then the extractor carries its own copy so it can pick readings that pass.

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** OCR confusions the credit-code alphabet forces: it has no I, O, Z, S or V. */
const FORCED_REPAIRS: Readonly<Record<string, string>> = { O: '0', I: '1', Z: '2', S: '5', V: 'U' };

/** True when an 18-character code passes the GB 32100 check character. */
export function passesUsccCheck(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;

  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += USCC_ALPHABET.indexOf(code[i] ?? '') * (USCC_WEIGHTS[i] ?? 0);
  const check = USCC_ALPHABET[(31 - (sum % 31)) % 31];
  return code[17] === check;
}

/** True when a 15-digit registration number passes its ISO 7064 MOD 11,10 check digit. */
export function passesRegistrationNumberCheck(code: string): boolean {
  if (!/^\d{15}$/.test(code)) return false;

  let product = 10;
  for (let i = 0; i < 14; i += 1) {
    let sum = (Number(code[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  return Number(code[14]) === (11 - product) % 10;
}

/** Removes a copy suffix such as `(1-1)` or `（1/3）` printed after the code on a 副本. */
export function stripCopySuffix(text: string): string {
  return text.replace(/[（(]\s*\d+\s*[-－—–/／]\s*\d+\s*[)）]?\s*$/, '').trim();
}

/** A credit code or registration number chosen among readings, and whether it passed its check. */
export interface CodeReading {
  code: string;
  valid: boolean;
}

/**
 * Picks the credit code among the readings of a line: the first reading that passes the check
 * after the repairs the alphabet forces (O→0, I→1, Z→2, S→5, V→U). Letters the alphabet allows
 * are never swapped, because some real codes issued before 2016 fail the check and a swap could
 * turn a correct reading into a wrong code that passes. When no reading passes, returns the first
 * one with the forced repairs applied.
 */
export function pickCreditCode(readings: readonly string[]): CodeReading | null {
  const candidates = readings.flatMap(codeCandidates);
  let fallback: string | null = null;

  for (const raw of candidates) {
    const repaired = [...raw].map((char) => FORCED_REPAIRS[char] ?? char).join('');
    if (passesUsccCheck(repaired)) return { code: repaired, valid: true };
    fallback ??= repaired;
  }

  return fallback ? { code: fallback, valid: false } : null;
}

/** Picks a 15-digit registration number among readings, preferring one that passes its check. */
export function pickRegistrationNumber(readings: readonly string[]): CodeReading | null {
  let fallback: string | null = null;

  for (const reading of readings) {
    const digits = stripCopySuffix(reading.replace(/\s+/g, '')).replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
    const match = digits.match(/\d{15}/);
    if (!match) continue;
    if (passesRegistrationNumberCheck(match[0])) return { code: match[0], valid: true };
    fallback ??= match[0];
  }

  return fallback ? { code: fallback, valid: false } : null;
}

/** Collects every reading of a token: its text first, then the recogniser's alternatives. */
export function tokenReadings(token: LineToken): string[] {
  return [token.text, ...token.alternatives];
}

/** 18-character windows of a reading that could be a credit code. */
function codeCandidates(reading: string): string[] {
  const compact = stripCopySuffix(reading.replace(/\s+/g, '').toUpperCase());
  const runs = compact.match(/[0-9A-Z]{18,}/g) ?? [];
  const windows: string[] = [];

  for (const run of runs) {
    for (let start = 0; start + 18 <= run.length; start += 1) windows.push(run.slice(start, start + 18));
  }
  return windows;
}

import { isValidRegistrationNumber, isValidUscc, replaceDigitLookalikes } from '../../license';
import type { LineToken } from './line-token';

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
 * Picks the credit code among the readings of a line: the first reading that passes the GB 32100
 * check after the repairs the alphabet forces (O→0, I→1, Z→2, S→5). Letters the alphabet allows
 * are never swapped, because some real codes issued before 2016 fail the check and a swap could
 * turn a correct reading into a wrong code that passes. When no reading passes, returns the first
 * one with the forced repairs applied.
 */
export function pickCreditCode(readings: readonly string[]): CodeReading | null {
  let fallback: string | null = null;

  for (const candidate of readings.flatMap(codeCandidates)) {
    const repaired = replaceDigitLookalikes(candidate);
    if (isValidUscc(repaired)) return { code: repaired, valid: true };
    fallback ??= repaired;
  }

  return fallback ? { code: fallback, valid: false } : null;
}

/** Picks a 15-digit registration number among readings, preferring one that passes its check. */
export function pickRegistrationNumber(readings: readonly string[]): CodeReading | null {
  let fallback: string | null = null;

  for (const reading of readings) {
    const compact = replaceDigitLookalikes(compactUpper(reading));
    for (const match of compact.match(/(?<![0-9A-Z])\d{15}(?![0-9A-Z])/g) ?? []) {
      if (isValidRegistrationNumber(match)) return { code: match, valid: true };
      fallback ??= match;
    }
  }

  return fallback ? { code: fallback, valid: false } : null;
}

/** Collects every reading of a token: its text first, then the recogniser's alternatives. */
export function tokenReadings(token: LineToken): string[] {
  return [token.text, ...token.alternatives];
}

/** 18-character windows of a reading that could be a credit code. */
function codeCandidates(reading: string): string[] {
  const runs = compactUpper(reading).match(/[0-9A-Z]{18,}/g) ?? [];
  const windows: string[] = [];

  for (const run of runs) {
    for (let start = 0; start + 18 <= run.length; start += 1) windows.push(run.slice(start, start + 18));
  }
  return windows;
}

function compactUpper(reading: string): string {
  return stripCopySuffix(reading.normalize('NFKC').replace(/\s+/g, '').toUpperCase());
}

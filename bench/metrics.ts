import { LICENSE_TEXT_FIELDS, LicenseTextFieldName, LicenseTextFields } from '../src/license/wire-schema';
import { Point } from '../src/engine/types';

/** Normalises a value before comparison: NFKC (full-width to half-width) and no whitespace. */
export function normalizeValue(value: string | undefined): string {
  return (value ?? '').normalize('NFKC').replace(/\s+/g, '');
}

/** Counts the single-character insertions, deletions and substitutions that turn `from` into `to`. */
export function editDistance(from: string, to: string): number {
  const source = Array.from(from);
  const target = Array.from(to);
  let previous = Array.from({ length: target.length + 1 }, (_, index) => index);

  for (let row = 1; row <= source.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= target.length; column += 1) {
      const substitution = previous[column - 1]! + (source[row - 1] === target[column - 1] ? 0 : 1);
      current.push(Math.min(previous[column]! + 1, current[column - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[target.length]!;
}

/** Fields compared by exact match; the business scope is long, so it is scored by character error rate. */
export const EXACT_FIELDS: readonly LicenseTextFieldName[] = LICENSE_TEXT_FIELDS.filter(
  (name) => name !== 'business_scope',
);

/** The comparison of one sample's fields with its truth. */
export interface FieldScore {
  /** Per printed field (business scope excluded): whether the reading matched exactly. */
  exact: Partial<Record<LicenseTextFieldName, boolean>>;
  /** Edits and truth length of the business scope, when the license prints one. */
  scopeEdits?: { edits: number; length: number };
  /** Fields the engine returned that the license does not print. */
  extraFields: LicenseTextFieldName[];
}

/** Scores one reading against the printed truth; a failed reading passes `{}` and misses every field. */
export function scoreFields(truth: LicenseTextFields, reading: LicenseTextFields): FieldScore {
  const exact: FieldScore['exact'] = {};
  for (const name of EXACT_FIELDS) {
    if (truth[name] !== undefined) {
      exact[name] = normalizeValue(reading[name]) === normalizeValue(truth[name]);
    }
  }

  const expectedScope = normalizeValue(truth.business_scope);
  const scopeEdits = truth.business_scope === undefined
    ? undefined
    : { edits: editDistance(normalizeValue(reading.business_scope), expectedScope), length: Array.from(expectedScope).length };

  const extraFields = LICENSE_TEXT_FIELDS.filter((name) => truth[name] === undefined && reading[name] !== undefined);
  return { exact, scopeEdits, extraFields };
}

/**
 * Returns the largest distance between a found corner and its true position, as a fraction of the
 * image diagonal, or undefined when the engine reported no corners.
 */
export function cornerError(found: Point[] | undefined, truth: Point[], width: number, height: number): number | undefined {
  if (!found) {
    return undefined;
  }

  const diagonal = Math.hypot(width, height);
  let worst = 0;
  for (const [index, point] of truth.entries()) {
    const candidate = found[index]!;
    worst = Math.max(worst, Math.hypot(candidate.x - point.x, candidate.y - point.y) / diagonal);
  }
  return worst;
}

/** Returns the value below which the given fraction of the sorted values lies (nearest rank). */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) {
    return Number.NaN;
  }

  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank]!;
}

import { editDistance } from './edit-distance';
import { LABELS, type LabelSpec } from './label-table';

/** A label found at the start of a line's compact text. */
export interface LabelMatch {
  spec: LabelSpec;
  /** Number of compact characters the label occupies. */
  consumed: number;
  /** Edit distance between the printed label and the text read; 0 for an exact match. */
  distance: number;
  /**
   * True for a fuzzy match on a label of two or three characters. Such a short fuzzy match is
   * accepted only where its box lines up with the label column, because a two-character value
   * (a person's name) is one substitution away from many short labels.
   */
  needsAlignment: boolean;
}

const SORTED_LABELS = [...LABELS].sort((a, b) => b.text.length - a.text.length);

/** Labels of four or more characters tolerate one OCR error at the start of a longer line. */
const MIN_FUZZY_PREFIX_LENGTH = 4;

/**
 * Finds the label a line starts with, tolerating one misread character (住所 read as 住斯,
 * 成立日期 as 成立日朝). Returns null when no label fits.
 */
export function matchLabel(compact: string): LabelMatch | null {
  const text = compact.replace(/^[·•.,，:：]+/, '');
  let best: LabelMatch | null = null;

  for (const spec of SORTED_LABELS) {
    const match = matchOne(text, spec);
    if (match && (!best || match.distance < best.distance)) best = match;
    if (best?.distance === 0) break;
  }

  return best;
}

function matchOne(text: string, spec: LabelSpec): LabelMatch | null {
  const label = spec.text;
  if (text.startsWith(label)) return { spec, consumed: label.length, distance: 0, needsAlignment: false };

  if (label.length >= MIN_FUZZY_PREFIX_LENGTH) {
    for (const length of [label.length, label.length - 1, label.length + 1]) {
      if (length > text.length) continue;
      if (editDistance(text.slice(0, length), label) <= 1) {
        return { spec, consumed: length, distance: 1, needsAlignment: false };
      }
    }
    return null;
  }

  const bare = text.replace(/[:：]+$/, '');
  if (bare.length !== label.length) return null;
  if (hammingDistance(bare, label) !== 1) return null;
  return { spec, consumed: label.length, distance: 1, needsAlignment: true };
}

function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) distance += 1;
  return distance;
}

import { type LineToken, onSameRow } from './line-token';
import { LABELS, type LabelSpec, STOP_PHRASES, TITLE } from './label-table';
import { matchLabel } from './match-label';

/** A label located on the page, possibly printed over several boxes or merged with its value. */
export interface LabelAnchor {
  spec: LabelSpec;
  /** Tokens that print the label; the last one may also carry the start of the value. */
  tokens: LineToken[];
  left: number;
  /** Right edge of the label text itself (estimated when the value shares its box). */
  right: number;
  top: number;
  bottom: number;
  /** Value text printed in the same box after the label, or '' when the box holds only the label. */
  inlineValue: string;
  /** Estimated x where the inline value starts. */
  inlineValueLeft: number;
  fuzzy: boolean;
  needsAlignment: boolean;
  /** Set when only one character of a two-character label was detected. */
  fragment?: 'first' | 'last';
}

/** Maximum gap, in line heights, between the single-character boxes of one widely spaced label. */
const MAX_SPLIT_LABEL_GAP = 6;

const TWO_CHARACTER_LABELS = LABELS.filter((label) => label.text.length === 2 && label.target !== 'serial');

/**
 * Maximum gap, in label heights, between a label and a leftover character of it. A watermark such
 * as the large 本 of 副本 can share a row with 注册资本 much further away.
 */
const MAX_FRAGMENT_GAP = 2;

/** Short boxes that may be a fragment of a label printed with wide letter spacing. */
const MAX_FRAGMENT_LENGTH = 2;

/** Finds every label on the page, whether in one box, split over boxes or merged with its value. */
export function findLabelAnchors(tokens: readonly LineToken[]): LabelAnchor[] {
  const anchors: LabelAnchor[] = [];
  const used = new Set<number>();

  for (const token of tokens) {
    const match = matchLabel(token.compact);
    if (!match) continue;
    anchors.push(buildAnchor([token], match.spec, match.consumed, match.distance > 0, match.needsAlignment));
    used.add(token.id);
  }

  const byLeft = [...tokens].sort((a, b) => a.left - b.left);
  for (const token of byLeft) {
    if (used.has(token.id) || token.compact.length > MAX_FRAGMENT_LENGTH) continue;
    const anchor = matchSplitLabel(token, tokens, used);
    if (!anchor) continue;
    anchors.push(anchor);
    for (const member of anchor.tokens) used.add(member.id);
  }

  for (const anchor of anchors) absorbLabelFragments(anchor, tokens, used);

  for (const token of tokens) {
    if (used.has(token.id)) continue;
    const anchor = matchLabelFragment(token);
    if (anchor) anchors.push(anchor);
  }

  return anchors;
}

function matchSplitLabel(
  first: LineToken,
  tokens: readonly LineToken[],
  used: ReadonlySet<number>,
): LabelAnchor | null {
  const rowMates = tokens
    .filter((token) => token.left > first.left && !used.has(token.id) && onSameRow(first, token))
    .sort((a, b) => a.left - b.left);

  const members = [first];
  let prefixLength = first.compact.length;
  let best: LabelAnchor | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;

  for (const next of rowMates) {
    const previous = members[members.length - 1] ?? first;
    if (next.left - previous.right > MAX_SPLIT_LABEL_GAP * first.height) break;
    members.push(next);

    // A fuzzy match on the first fragments (成立日 for 成立日期) may become exact with the next one.
    const joined = members.map((member) => member.compact).join('');
    const match = matchLabel(joined);
    if (match && match.consumed > prefixLength && match.distance < bestDistance) {
      const consumedInLast = match.consumed - prefixLength;
      best = buildAnchor([...members], match.spec, consumedInLast, match.distance > 0, match.needsAlignment);
      bestDistance = match.distance;
      if (match.distance === 0) break;
    }

    if (next.compact.length > MAX_FRAGMENT_LENGTH) break;
    prefixLength += next.compact.length;
  }

  return best;
}

/**
 * Adds to a label the single characters of that label left beside it on its row (围 after a label
 * read as 经营范), so that they do not end up at the start of the value.
 */
function absorbLabelFragments(anchor: LabelAnchor, tokens: readonly LineToken[], used: Set<number>): void {
  if (anchor.inlineValue !== '') return;
  const height = anchor.bottom - anchor.top;
  const fragments = tokens
    .filter((token) => !used.has(token.id) && token.left >= anchor.right - height && onSameRow(anchor, token))
    .filter((token) => token.compact.length <= MAX_FRAGMENT_LENGTH && [...token.compact].every((char) => anchor.spec.text.includes(char)))
    .filter((token) => token.height <= height * 1.5 && token.left - anchor.right <= MAX_FRAGMENT_GAP * height)
    .sort((a, b) => a.left - b.left);

  for (const fragment of fragments) {
    anchor.tokens.push(fragment);
    anchor.right = Math.max(anchor.right, fragment.right);
    anchor.inlineValueLeft = anchor.right;
    used.add(fragment.id);
  }
}

/**
 * Finds a two-character label of which only one character was detected: 住 without 所, or 称
 * merged with the value (称临川县众成茶叶店) after 名 was misread. It is kept later only if it
 * lines up with the label column: the first character with the labels' left edge, the last one
 * with their right edge.
 */
function matchLabelFragment(token: LineToken): LabelAnchor | null {
  const first = token.compact[0] ?? '';
  const lastCharacter = TWO_CHARACTER_LABELS.find((label) => label.text[1] === first);
  if (lastCharacter) {
    const anchor = buildAnchor([token], lastCharacter, 1, true, true);
    anchor.fragment = 'last';
    return anchor;
  }

  const firstCharacter = TWO_CHARACTER_LABELS.find((label) => label.text[0] === first);
  if (!firstCharacter || token.compact.length !== 1) return null;
  const anchor = buildAnchor([token], firstCharacter, 1, true, true);
  anchor.fragment = 'first';
  return anchor;
}

/** Builds an anchor whose label ends after `consumedInLast` compact characters of the last token. */
function buildAnchor(
  members: LineToken[],
  spec: LabelSpec,
  consumedInLast: number,
  fuzzy: boolean,
  needsAlignment: boolean,
): LabelAnchor {
  const last = members[members.length - 1] ?? members[0];
  if (!last) throw new Error('a label anchor needs at least one token');

  const split = splitAfterCompactChars(last.text, consumedInLast);
  const fraction = last.text.length === 0 ? 1 : split.labelEnd / last.text.length;
  const labelRight = last.left + (last.right - last.left) * fraction;
  const valueStart = last.left + (last.right - last.left) * (split.valueStart / Math.max(1, last.text.length));

  return {
    spec,
    tokens: members,
    left: Math.min(...members.map((member) => member.left)),
    right: split.rest.length > 0 ? labelRight : last.right,
    top: Math.min(...members.map((member) => member.top)),
    bottom: Math.max(...members.map((member) => member.bottom)),
    inlineValue: split.rest,
    inlineValueLeft: valueStart,
    fuzzy,
    needsAlignment,
  };
}

/** Splits text after `count` non-space characters, skipping the colon and spaces after the label. */
function splitAfterCompactChars(
  text: string,
  count: number,
): { labelEnd: number; valueStart: number; rest: string } {
  let seen = 0;
  let index = 0;
  const leading = text.match(/^[\s·•.,，:：]*/)?.[0].length ?? 0;
  index = leading;

  while (index < text.length && seen < count) {
    if (!/\s/.test(text[index] ?? '')) seen += 1;
    index += 1;
  }

  const labelEnd = index;
  while (index < text.length && /[\s:：]/.test(text[index] ?? '')) index += 1;
  return { labelEnd, valueStart: index, rest: text.slice(index) };
}

/** True for lines that end value regions: registration authority, QR caption, footer. */
export function isStopToken(token: LineToken): boolean {
  const lower = token.compact.toLowerCase();
  return STOP_PHRASES.some((phrase) => lower.includes(phrase));
}

/** Maximum length of a title line: 企业法人营业执照 with （副本） beside it. */
const MAX_TITLE_LENGTH = 12;

/**
 * True for the title line (营业执照, 电子营业执照, 企业法人营业执照), read in one box or in
 * fragments. A long line that merely mentions 营业执照 (a scope sentence) is not a title.
 */
export function isTitleText(compact: string): boolean {
  if (compact.length > MAX_TITLE_LENGTH) return false;
  return compact.includes(TITLE) || /^[（(]?[营菅][业亚][执热][照昭][）)]?$/.test(compact);
}

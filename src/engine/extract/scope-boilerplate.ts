import { editDistance } from './edit-distance';

/**
 * Standard sentences that registration authorities append to business scopes. Misreads inside them
 * (部门 read as 部內) are corrected, since the printed wording is fixed.
 */
const STANDARD_SENTENCES: readonly string[] = [
  '依法须经批准的项目，经相关部门批准后方可开展经营活动',
  '依法须经批准的项目，经相关部门批准后依批准的内容开展经营活动',
  '除依法须经批准的项目外，凭营业执照依法自主开展经营活动',
  '具体经营项目以相关部门批准文件或许可证件为准',
  '具体经营项目以审批结果为准',
  // Tails of the sentences above, for scopes whose first wrapped line of the sentence was lost.
  '经相关部门批准后方可开展经营活动',
  '经相关部门批准后依批准的内容开展经营活动',
];

/** Edits tolerated per standard sentence: about one per eight characters. */
function toleranceFor(sentence: string): number {
  return Math.floor(sentence.length / 8);
}

/**
 * Repairs the parts of a business scope whose wording is fixed. Near-copies of the standard
 * sentences get their exact wording. A leading 般项目 gets back its 一, whose single stroke is often
 * not detected or read as a dash. Item separators read as `·` or `～` become 、 again, and stray
 * underscores, doubled separators and closing brackets at the start are dropped.
 */
export function correctScopeBoilerplate(scope: string): string {
  let text = scope.replace(/^[-－—_]?般项目/, '一般项目');
  text = text.replace(/(?<=[\u4e00-\u9fff）])[·～~](?=[\u4e00-\u9fff（])/g, '、');
  text = text.replace(/(?<=[\u4e00-\u9fff）])_+(?=[\u4e00-\u9fff（])/g, '');
  text = text.replace(/[·～~](?=[、；])/g, '').replace(/^[」】』|丨]+/, '').replace(/[、；](?=。)/g, '');

  // A scope prints a colon only after 一般项目 or 许可项目, so any other colon is a misread semicolon.
  text = text.replace(/(?<!项目)：/g, '；');
  text = restoreSeparatorAfterBracket(text);

  for (const sentence of STANDARD_SENTENCES) text = replaceNearCopy(text, sentence);
  return balanceClosingSentence(text);
}

/**
 * Restores the punctuation around the closing sentence (依法须经批准的项目，经相关部门…). The sentence
 * always follows a full stop inside full-width brackets, but the recogniser drops the small 。 and
 * reads the bracket at a line start as 《 or not at all.
 */
function balanceClosingSentence(scope: string): string {
  let text = scope.replace(/。?[（《〈(]?(依法须经批准的项目，经相关部门)/g, '。（$1');
  if (text.startsWith('。（')) text = text.slice(1);

  const opened = (text.match(/（/g) ?? []).length;
  const closed = (text.match(/）/g) ?? []).length;
  if (opened > closed && /(经营活动|为准)$/.test(text)) text += '）';
  return text;
}

/** Separators a scope needs before this method trusts which one it uses between items. */
const MIN_SEPARATORS_SEEN = 3;

/**
 * Puts back the item separator the recogniser drops after a closing bracket (（不含危险货物）、停车场
 * read without 、). Only 许可项目 and the closing sentence follow a bracket without a separator.
 * NOTE: a scope that really prints an item straight after a bracket gains a separator here.
 */
function restoreSeparatorAfterBracket(text: string): string {
  const commas = (text.match(/、/g) ?? []).length;
  const semicolons = (text.match(/；/g) ?? []).length;
  if (Math.max(commas, semicolons) < MIN_SEPARATORS_SEEN) return text;

  const separator = commas >= semicolons ? '、' : '；';
  // The lookahead tolerates one misread character in 许可项目 and 一般项目 (详可项目).
  return text.replace(/）(?=[\u4e00-\u9fff])(?!.?可项目|.?般项目)/g, `）${separator}`);
}

function replaceNearCopy(text: string, sentence: string): string {
  if (text.includes(sentence)) return text;

  const tolerance = toleranceFor(sentence);
  let best: { start: number; length: number; distance: number } | null = null;

  for (const start of candidateStarts(text, sentence, tolerance)) {
    for (let length = sentence.length - tolerance; length <= sentence.length + tolerance; length += 1) {
      if (start + length > text.length) break;
      const distance = editDistance(text.slice(start, start + length), sentence);
      if (distance <= tolerance && (!best || distance < best.distance)) best = { start, length, distance };
    }
  }

  if (!best) return text;
  return text.slice(0, best.start) + sentence + text.slice(best.start + best.length);
}

/**
 * Lists the start positions worth an edit-distance check. A window within `tolerance` edits of the
 * sentence keeps at least (length − 1) − 2·tolerance of the sentence's bigrams, since one edit
 * breaks at most two, so windows sharing fewer bigrams are skipped.
 */
function candidateStarts(text: string, sentence: string, tolerance: number): number[] {
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < sentence.length; i += 1) bigrams.add(sentence.slice(i, i + 2));

  const span = sentence.length + tolerance;
  const needed = sentence.length - 1 - 2 * tolerance;
  const hits = Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => (bigrams.has(text.slice(i, i + 2)) ? 1 : 0));
  const starts: number[] = [];
  let count = 0;

  for (let i = 0; i < Math.min(span - 1, hits.length); i += 1) count += hits[i] ?? 0;
  for (let start = 0; start + sentence.length - tolerance <= text.length; start += 1) {
    if (count >= needed) starts.push(start);
    count -= hits[start] ?? 0;
    count += hits[start + span - 1] ?? 0;
  }

  return starts;
}

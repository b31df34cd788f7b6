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
];

/** Edits tolerated per standard sentence: about one per eight characters. */
function toleranceFor(sentence: string): number {
  return Math.floor(sentence.length / 8);
}

/**
 * Replaces near-copies of the standard scope sentences with their exact wording, restores the
 * 一 of a leading 一般项目 (its single stroke is often not detected, or read as a dash), and turns
 * item separators read as `·` or `～` between Chinese characters back into 、.
 */
export function correctScopeBoilerplate(scope: string): string {
  let text = scope.replace(/^[-－—_]?般项目/, '一般项目');
  text = text.replace(/(?<=[\u4e00-\u9fff）])[·～~](?=[\u4e00-\u9fff（])/g, '、');
  for (const sentence of STANDARD_SENTENCES) text = replaceNearCopy(text, sentence);
  return text;
}

function replaceNearCopy(text: string, sentence: string): string {
  if (text.includes(sentence)) return text;

  const tolerance = toleranceFor(sentence);
  let best: { start: number; length: number; distance: number } | null = null;

  for (let start = 0; start + sentence.length - tolerance <= text.length; start += 1) {
    for (let length = sentence.length - tolerance; length <= sentence.length + tolerance; length += 1) {
      if (start + length > text.length) break;
      const distance = editDistance(text.slice(start, start + length), sentence);
      if (distance <= tolerance && (!best || distance < best.distance)) best = { start, length, distance };
    }
  }

  if (!best) return text;
  return text.slice(0, best.start) + sentence + text.slice(best.start + best.length);
}

import type { LabelAnchor } from './find-anchors';
import type { LabelTarget } from './label-table';
import type { LineToken } from './line-token';
import { matchLabel } from './match-label';
import { normalizeValue } from './normalize-value';

const DATE = /^\d{4}年\d{1,2}月(\d{1,2}日)?$/;

/** Full-value patterns of fields whose values have a fixed shape. */
const VALUE_SHAPE: Partial<Record<LabelTarget, RegExp>> = {
  registered_date: DATE,
  valid_from: DATE,
  registered_capital: /^(人民币)?[0-9.零壹贰叁肆伍陆柒捌玖拾佰仟一二三四五六七八九十百千]+万?(美元|港元|欧元|日元|元|圆)?整?$/,
  paid_in_capital: /^(人民币)?[0-9.零壹贰叁肆伍陆柒捌玖拾佰仟一二三四五六七八九十百千]+万?(美元|港元|欧元|日元|元|圆)?整?$/,
  valid_period: /^(\d{4}年\d{1,2}月(\d{1,2}日)?)?至?(\d{4}年\d{1,2}月(\d{1,2}日)?|长期|永久|不约定期限|长期有效)?$/,
};

/** True when a field has a fixed shape and the value has it; false for fields without a shape. */
export function hasValueShape(target: LabelTarget, text: string): boolean {
  return VALUE_SHAPE[target]?.test(text) ?? false;
}

/**
 * Replaces a one-line value that does not have its field's shape (叁万图整 for a capital) with the
 * first of the recogniser's other readings of the same box that has it (叁万圆整). Returns the
 * value unchanged when the field has no fixed shape or no reading fits.
 */
export function preferShapedReading(anchor: LabelAnchor, valueTokens: readonly LineToken[], text: string): string {
  const shape = VALUE_SHAPE[anchor.spec.target];
  if (!shape || shape.test(text)) return text;

  // Only a value read from one box has alternatives that cover all of it.
  const inline = anchor.inlineValue !== '' && valueTokens.length === 0;
  let source: LineToken | undefined;
  if (inline) source = anchor.tokens[anchor.tokens.length - 1];
  else if (valueTokens.length === 1) source = valueTokens[0];
  if (!source) return text;

  for (const alternative of source.alternatives) {
    const reading = inline ? afterLabel(alternative) : normalizeValue(alternative);
    if (reading !== null && shape.test(reading)) return reading;
  }
  return text;
}

function afterLabel(reading: string): string | null {
  const compact = reading.replace(/\s+/g, '');
  const match = matchLabel(compact);
  return match ? normalizeValue(compact.slice(match.consumed)) : null;
}

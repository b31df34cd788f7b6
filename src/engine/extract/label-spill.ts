import type { LabelAnchor } from './find-anchors';
import type { LabelTarget } from './label-table';
import type { LineToken } from './line-token';

/** Overlap, in line heights, from which a value box is taken to include the label's last character. */
const MIN_SPILL_OVERLAP = 0.3;

/** Pattern of a value's start, for fields whose values have a fixed shape. */
const VALUE_START: Partial<Record<LabelTarget, RegExp>> = {
  registered_date: /^\d/,
  valid_period: /^(\d|长期|永久|不约定|至)/,
  valid_from: /^\d/,
  valid_to: /^(\d|长期|永久|不约定)/,
  registered_capital: /^(人民币|\d|[壹贰叁肆伍陆柒捌玖拾佰仟一二三四五六七八九十])/,
  paid_in_capital: /^(人民币|\d|[壹贰叁肆伍陆柒捌玖拾佰仟一二三四五六七八九十])/,
};

/**
 * True when the label's own box ran into its value. Then the label box carries text after the label
 * (法定代表人品 read from 法定代表人 and the first character of 吕子), and the value has a box of
 * its own that starts inside the label box. The value box is the better reading.
 */
export function labelBoxSpilled(anchor: LabelAnchor, firstValue: LineToken | undefined, unit: number): boolean {
  const labelToken = anchor.tokens[anchor.tokens.length - 1];
  if (!labelToken || !firstValue || anchor.inlineValue === '') return false;
  return firstValue.left < labelToken.right - unit * MIN_SPILL_OVERLAP;
}

/**
 * Removes the end of the label that the value's box took in when the two boxes overlap. That is
 * the label's last characters as printed (所 of 住所), or one misread character (月 for 期 of
 * 成立日期) in a field whose values always start with a digit or a known word.
 */
export function trimLabelSpill(anchor: LabelAnchor, firstValue: LineToken, text: string, unit: number): string {
  const overlap = anchor.right - firstValue.left;
  if (overlap < unit * MIN_SPILL_OVERLAP || !/^[\u4e00-\u9fff]/.test(text)) return text;

  const label = anchor.spec.text;
  for (let length = label.length - 1; length >= 1; length -= 1) {
    const tail = label.slice(label.length - length);
    if (text.startsWith(tail)) return text.slice(length).trimStart();
  }

  const shape = VALUE_START[anchor.spec.target];
  if (shape && !shape.test(text) && shape.test(text.slice(1).trimStart())) return text.slice(1).trimStart();
  return text;
}

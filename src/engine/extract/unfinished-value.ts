import type { LabelTarget } from './label-table';
import { hasValueShape } from './value-shape';

/** Words that end an open-ended term in place of a date. */
const OPEN_END = /(长期|永久|不约定期限|长期有效)$/;

/**
 * A stray digit or one or two Latin letters in front of a four-digit year: the label box's last
 * stroke or edge read as text.
 */
const LEADING_NOISE = /^(\d|[A-Za-z]{1,2} ?)(?=\d{4}年)/;

/** Removes noise read from the label box's edge in front of a date value's year. */
export function trimDateNoise(text: string): string {
  return text.replace(LEADING_NOISE, '');
}

/**
 * True when a fixed-shape value stops where its printed form cannot end, so the rest was wrapped
 * onto the next line: a date without its day (2057年5月2), a term without its end (…日至), a
 * capital without its currency unit (人民币壹仟伍佰). Fields without a fixed shape are never
 * unfinished here.
 */
export function isUnfinished(target: LabelTarget, text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return false;

  switch (target) {
    case 'registered_date':
    case 'valid_from':
      return !compact.endsWith('日');
    case 'valid_to':
      return !compact.endsWith('日') && !OPEN_END.test(compact);
    case 'valid_period':
      return !(compact.endsWith('日') || OPEN_END.test(compact)) || (!compact.includes('至') && !OPEN_END.test(compact));
    case 'registered_capital':
    case 'paid_in_capital':
      return !/[元圆整]$/.test(compact);
    default:
      return false;
  }
}

/**
 * True when a value joined with the line under it is a whole value of the field: it has the
 * field's shape, and a term names its end with 至 or an open-ended word. Two dates run together
 * (2007年5月26日2008年1月2日) are two fields' values, not one wrapped term.
 */
export function isWholeWrappedValue(target: LabelTarget, text: string): boolean {
  const compact = trimDateNoise(text.replace(/\s+/g, ''));
  if (!hasValueShape(target, compact)) return false;
  return target !== 'valid_period' || compact.includes('至') || OPEN_END.test(compact);
}

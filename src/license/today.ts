import { formatUtcDate } from './dates';

/** China Standard Time is UTC+8 all year: China has not observed daylight saving time since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Returns the calendar date in Asia/Shanghai as `YYYY-MM-DD`. It adds a fixed 8 hours to the instant
 * rather than asking Intl, so the result does not depend on the runtime's time-zone data or on the
 * host's zone (cloud functions run in UTC).
 *
 * @example todayInShanghai(new Date('2026-12-31T16:00:00Z')) // '2027-01-01'
 */
export function todayInShanghai(now: Date = new Date()): string {
  const shifted = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  if (Number.isNaN(shifted.getTime())) {
    throw new RangeError(`todayInShanghai needs a valid Date, got ${String(now)}`);
  }

  return formatUtcDate(shifted);
}

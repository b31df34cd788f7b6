import { normalizeLicenseText } from './normalize-text';

/**
 * The outcome of reading one printed date: a full date, a month (some licenses give only year and
 * month, such as `1998年11月`), or a failure. `invalid` means the text is a date in form but names a
 * day that does not exist, such as `2015年16月16日`. `unparsed` means the form is not recognised.
 */
export type DateReading =
  | { ok: true; precision: 'day'; date: string }
  | { ok: true; precision: 'month'; date: string }
  | { ok: false; reason: 'invalid' | 'unparsed' };

/** Years outside this range are treated as misreadings. 9999 is kept for the 长期 sentinel 99991231. */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

const CHINESE_DIGITS: Readonly<Record<string, number>> = Object.freeze({
  〇: 0,
  零: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
});

/**
 * A date written with 年 and 月 must end in 日 or 号: OCR that cuts a line short turns `2057年5月25日`
 * into `2057年5月2`, and reading that as the 2nd would pass a wrong date without a warning.
 */
const DAY_PATTERNS: readonly RegExp[] = [
  /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]$/u,
  /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/u,
  /^(\d{4})(\d{2})(\d{2})$/u,
];

const MONTH_PATTERNS: readonly RegExp[] = [/^(\d{4})年(\d{1,2})月?$/u, /^(\d{4})[-./](\d{1,2})$/u];

/** Tells whether a year is a leap year in the Gregorian calendar. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Returns the number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * Rewrites a date spelled in Chinese numerals (二〇一八年十二月三十一日) with Arabic digits, so the
 * patterns above can read it. Years are spelled digit by digit, while months and days use 十.
 */
function chineseNumeralDateToArabic(text: string): string {
  return text.replace(/[〇零O一二三四五六七八九十]+/gu, (run) => {
    if (!run.includes('十')) {
      return [...run].map((char) => String(CHINESE_DIGITS[char] ?? char)).join('');
    }

    const [tens, units] = run.split('十') as [string, string];
    const tensValue = tens === '' ? 1 : (CHINESE_DIGITS[tens] ?? Number.NaN);
    const unitsValue = units === '' ? 0 : (CHINESE_DIGITS[units] ?? Number.NaN);
    return String(tensValue * 10 + unitsValue);
  });
}

function toDayReading(year: number, month: number, day: number): DateReading {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) {
    return { ok: false, reason: 'invalid' };
  }
  if (day > daysInMonth(year, month)) {
    return { ok: false, reason: 'invalid' };
  }

  return { ok: true, precision: 'day', date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

function toMonthReading(year: number, month: number): DateReading {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) {
    return { ok: false, reason: 'invalid' };
  }

  return { ok: true, precision: 'month', date: `${pad(year, 4)}-${pad(month, 2)}` };
}

/**
 * Reads a date as licenses and OCR services print it: `2018年1月1日`, `2018年01月01日`, full-width
 * digits, Chinese numerals, `2018-01-01`, `2018.01.01`, `2018/01/01`, `20180101`, or only the month
 * (`1998年11月`). A day that does not exist is `invalid` and no date is invented for it.
 *
 * @example readLicenseDate('２０１８年１月１日') // { ok: true, precision: 'day', date: '2018-01-01' }
 * @example readLicenseDate('2015年16月16日') // { ok: false, reason: 'invalid' }
 */
export function readLicenseDate(text: string): DateReading {
  const unlabelled = normalizeLicenseText(text).replace(/^(?:成立日期|注册日期|发照日期)[::]?/u, '');
  const compact = chineseNumeralDateToArabic(unlabelled);

  for (const pattern of DAY_PATTERNS) {
    const match = pattern.exec(compact);
    if (match) {
      return toDayReading(Number(match[1]), Number(match[2]), Number(match[3]));
    }
  }

  for (const pattern of MONTH_PATTERNS) {
    const match = pattern.exec(compact);
    if (match) {
      return toMonthReading(Number(match[1]), Number(match[2]));
    }
  }

  return { ok: false, reason: 'unparsed' };
}

/** Tells whether a string is an existing calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) {
    return false;
  }

  return toDayReading(Number(match[1]), Number(match[2]), Number(match[3])).ok;
}

/**
 * Adds a number of days to a `YYYY-MM-DD` date. It counts calendar days through UTC, so no time zone
 * or daylight-saving rule can shift the result.
 */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return formatUtcDate(new Date(Date.UTC(year, month - 1, day + days)));
}

/** Formats the UTC calendar date of an instant as `YYYY-MM-DD`. */
export function formatUtcDate(instant: Date): string {
  const year = pad(instant.getUTCFullYear(), 4);
  const month = pad(instant.getUTCMonth() + 1, 2);
  const day = pad(instant.getUTCDate(), 2);
  return `${year}-${month}-${day}`;
}

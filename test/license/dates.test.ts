import { addDays, isIsoDate, readLicenseDate, todayInShanghai } from '../../src/license';

describe('readLicenseDate', () => {
  test.each([
    ['2018年1月1日', '2018-01-01'],
    ['2018年01月01日', '2018-01-01'],
    ['２０１８年１２月３１日', '2018-12-31'],
    ['2018 年 1 月 1 日', '2018-01-01'],
    ['2018-01-01', '2018-01-01'],
    ['2018.01.01', '2018-01-01'],
    ['2018/1/1', '2018-01-01'],
    ['20180101', '2018-01-01'],
    ['2018年1月1号', '2018-01-01'],
    ['二〇一八年十二月三十一日', '2018-12-31'],
    ['二零一八年一月十日', '2018-01-10'],
    ['2020年2月29日', '2020-02-29'],
    ['2000年2月29日', '2000-02-29'],
    ['成立日期：2018年1月1日', '2018-01-01'],
  ])('%s is %s', (text, date) => {
    expect(readLicenseDate(text)).toEqual({ ok: true, precision: 'day', date });
  });

  test.each([
    ['1998年11月', '1998-11'],
    ['1998年1月', '1998-01'],
    ['1998-11', '1998-11'],
  ])('month-only %s is %s', (text, date) => {
    expect(readLicenseDate(text)).toEqual({ ok: true, precision: 'month', date });
  });

  test.each(['2015年16月16日', '2018年2月29日', '1900年2月29日', '2018年4月31日', '2018年0月1日', '2018年1月0日', '1850年1月1日', '20181301', '2018年13月'])(
    '%s is invalid',
    (text) => {
      expect(readLicenseDate(text)).toEqual({ ok: false, reason: 'invalid' });
    },
  );

  test.each(['', '长期', '2018年', '18年1月1日', 'abc', '2018年1月1日至长期', '2057年5月2', '2018年1月1'])('%p is unparsed', (text) => {
    expect(readLicenseDate(text)).toEqual({ ok: false, reason: 'unparsed' });
  });
});

describe('isIsoDate', () => {
  test.each([
    ['2026-12-05', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-12-5', false],
    ['20261205', false],
  ])('%s is %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe('addDays', () => {
  test.each([
    ['2026-12-05', 30, '2027-01-04'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s plus %i is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('todayInShanghai', () => {
  test.each([
    ['2026-12-31T15:59:59.999Z', '2026-12-31'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01'],
    ['2024-02-28T16:00:00.000Z', '2024-02-29'],
    ['2026-06-30T23:00:00.000Z', '2026-07-01'],
    ['2026-07-01T00:00:00+08:00', '2026-07-01'],
  ])('%s is %s in Shanghai', (instant, expected) => {
    expect(todayInShanghai(new Date(instant))).toBe(expected);
  });

  test('defaults to now', () => {
    const before = todayInShanghai(new Date());
    const today = todayInShanghai();
    const after = todayInShanghai(new Date());
    expect([before, after]).toContain(today);
  });

  test('rejects an invalid Date', () => {
    expect(() => todayInShanghai(new Date('not a date'))).toThrow(RangeError);
  });
});

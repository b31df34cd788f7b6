import { readValidPeriod } from '../../src/license';

const registered = { registeredDate: '2017-05-06' };
const noRegistered = { registeredDate: null };

describe('readValidPeriod', () => {
  test.each([
    ['2018年01月01日至2038年12月31日', { start: '2018-01-01', end: '2038-12-31', longTerm: false }],
    ['自2018年1月1日至2038年12月31日', { start: '2018-01-01', end: '2038-12-31', longTerm: false }],
    ['2018年1月1日起至2038年12月31日止', { start: '2018-01-01', end: '2038-12-31', longTerm: false }],
    ['2018年1月1日到2038年12月31日', { start: '2018-01-01', end: '2038-12-31', longTerm: false }],
    ['2018.01.01-2038.12.31', { start: '2018-01-01', end: '2038-12-31', longTerm: false }],
    ['2018-01-01-2038-12-31', { start: '2018-01-01', end: '2038-12-31', longTerm: false }],
    ['2018-01-01~2038-12-31', { start: '2018-01-01', end: '2038-12-31', longTerm: false }],
    ['20180101-20381231', { start: '2018-01-01', end: '2038-12-31', longTerm: false }],
    ['２０１８年１月１日至２０３８年１２月３１日', { start: '2018-01-01', end: '2038-12-31', longTerm: false }],
    ['2018年01月01日至长期', { start: '2018-01-01', end: null, longTerm: true }],
    ['2018年01月01日至永久', { start: '2018-01-01', end: null, longTerm: true }],
    ['2018年01月01日至长期有效', { start: '2018-01-01', end: null, longTerm: true }],
    ['2018年01月01日至不约定期限', { start: '2018-01-01', end: null, longTerm: true }],
    ['2018年1月1日至', { start: '2018-01-01', end: null, longTerm: true }],
    ['2018年1月1日至年月日', { start: '2018-01-01', end: null, longTerm: true }],
    ['2018年1月1日至 年 月 日', { start: '2018-01-01', end: null, longTerm: true }],
    ['2018年1月1日至******', { start: '2018-01-01', end: null, longTerm: true }],
    ['自2018年1月1日起', { start: '2018-01-01', end: null, longTerm: true }],
    ['2018年1月1日至2999年12月31日', { start: '2018-01-01', end: null, longTerm: true }],
    ['20180101-29991231', { start: '2018-01-01', end: null, longTerm: true }],
    ['2018-01-01至9999-12-31', { start: '2018-01-01', end: null, longTerm: true }],
    ['营业期限：2018年1月1日至长期', { start: '2018-01-01', end: null, longTerm: true }],
    ['期限自2018年1月1日期限至2038年12月31日', { start: '2018-01-01', end: '2038-12-31', longTerm: false }],
  ])('%s', (text, period) => {
    expect(readValidPeriod(text, registered)).toEqual({ validPeriod: period, warnings: [] });
  });

  test.each(['长期', '永久', '长期有效', '不约定期限', '29991231'])('%s alone starts at registration', (text) => {
    expect(readValidPeriod(text, registered)).toEqual({
      validPeriod: { start: '2017-05-06', end: null, longTerm: true },
      warnings: [],
    });
  });

  test('long term without registered date', () => {
    expect(readValidPeriod('长期', noRegistered).validPeriod).toEqual({ start: null, end: null, longTerm: true });
  });

  test('lone date is the end', () => {
    // WeChat's documented sample reply has valid_period "2019年1月1日" and registered_date "2018年1月1日".
    expect(readValidPeriod('2019年1月1日', { registeredDate: '2018-01-01' })).toEqual({
      validPeriod: { start: '2018-01-01', end: '2019-01-01', longTerm: false },
      warnings: ['valid_period_partial'],
    });
  });

  test('end cut before its day is unparsed', () => {
    // OCR that loses the wrapped "5日" of 2057年5月25日 returns 2057年5月2, which is no date.
    expect(readValidPeriod('2007年5月26日至2057年5月2', registered)).toEqual({
      validPeriod: null,
      warnings: ['valid_period_unparsed'],
    });
  });

  test('lone date without registered date', () => {
    expect(readValidPeriod('2019年1月1日', noRegistered)).toEqual({
      validPeriod: { start: null, end: '2019-01-01', longTerm: false },
      warnings: ['valid_period_partial'],
    });
  });

  test('blank start takes the registered date', () => {
    expect(readValidPeriod('至2038年12月31日', registered)).toEqual({
      validPeriod: { start: '2017-05-06', end: '2038-12-31', longTerm: false },
      warnings: ['valid_period_partial'],
    });
    expect(readValidPeriod('年月日至2038年12月31日', registered).validPeriod?.start).toBe('2017-05-06');
  });

  test('impossible start is not replaced', () => {
    expect(readValidPeriod('2015年16月16日至2030年1月1日', registered)).toEqual({
      validPeriod: { start: null, end: '2030-01-01', longTerm: false },
      warnings: ['valid_period_date_invalid'],
    });
  });

  test('impossible end', () => {
    expect(readValidPeriod('2015年1月1日至2035年2月30日', registered)).toEqual({
      validPeriod: { start: '2015-01-01', end: null, longTerm: false },
      warnings: ['valid_period_date_invalid'],
    });
  });

  test.each(['abc', '2018年1月1日至下个月', '至', '年月日至年月日', '2018年', '长期至2038年1月1日'])('%s is unparsed', (text) => {
    expect(readValidPeriod(text, registered)).toEqual({ validPeriod: null, warnings: ['valid_period_unparsed'] });
  });

  test.each([undefined, '', '  '])('%p is absent', (text) => {
    expect(readValidPeriod(text, registered)).toEqual({ validPeriod: null, warnings: [] });
  });
});

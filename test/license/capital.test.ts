import { readCapital } from '../../src/license';

describe('readCapital', () => {
  test.each([
    ['200万', 2_000_000, 'CNY'],
    ['2000万元', 20_000_000, 'CNY'],
    ['人民币伍佰万元整', 5_000_000, 'CNY'],
    ['壹佰万元整', 1_000_000, 'CNY'],
    ['陆佰万圆整', 6_000_000, 'CNY'],
    ['人民币柒仟万', 70_000_000, 'CNY'],
    ['人民币1000.0000万元整', 10_000_000, 'CNY'],
    ['1000.0000万元人民币', 10_000_000, 'CNY'],
    ['(人民币)500万元', 5_000_000, 'CNY'],
    ['叁拾万零伍佰元伍角', 300_500.5, 'CNY'],
    ['12.3456万元', 123_456, 'CNY'],
    ['1.2345678万元', 12_345.68, 'CNY'],
    ['50,000元', 50_000, 'CNY'],
    ['１００万元', 1_000_000, 'CNY'],
    ['¥100万', 1_000_000, 'CNY'],
    ['RMB100万', 1_000_000, 'CNY'],
    ['100万美元', 1_000_000, 'USD'],
    ['USD 100万', 1_000_000, 'USD'],
    ['伍拾万美元整', 500_000, 'USD'],
    ['200万欧元', 2_000_000, 'EUR'],
    ['1000万港元', 10_000_000, 'HKD'],
    ['1000万港币', 10_000_000, 'HKD'],
    ['5000万日元', 50_000_000, 'JPY'],
    ['10万英镑', 100_000, 'GBP'],
    ['10万澳元', 100_000, 'AUD'],
    ['10万澳门元', 100_000, 'MOP'],
    ['10万新台币', 100_000, 'TWD'],
    ['10万新加坡元', 100_000, 'SGD'],
    ['注册资本：100万元', 1_000_000, 'CNY'],
    ['1.5亿元', 150_000_000, 'CNY'],
    ['HK$ 500万', 5_000_000, 'HKD'],
  ])('%s is %p %s', (text, amount, currency) => {
    expect(readCapital(text)).toEqual({ capital: { amount, currency, text: text.trim() }, unparsed: false });
  });

  test('keeps the printed text', () => {
    expect(readCapital('  人民币伍佰万元整 ').capital?.text).toBe('人民币伍佰万元整');
  });

  test.each([undefined, '', '  ', '无'])('%p is empty', (text) => {
    expect(readCapital(text)).toEqual({ capital: null, unparsed: false });
  });

  test.each(['壹贰万', '100万美元人民币', '若干', '100万股', '伍佰万元整整整'])('%s is unparsed', (text) => {
    expect(readCapital(text)).toEqual({ capital: null, unparsed: true });
  });
});

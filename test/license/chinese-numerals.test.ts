import fc from 'fast-check';

import {
  formatAmountAsChineseUppercase,
  formatFenAsChineseUppercase,
  parseChineseAmountToFen,
} from '../../src/license';

describe('parseChineseAmountToFen', () => {
  test.each([
    ['伍佰万元整', 500_000_000],
    ['壹佰万元整', 100_000_000],
    ['陆佰万圆整', 600_000_000],
    ['柒仟万', 7_000_000_000],
    ['贰佰万', 200_000_000],
    ['两万', 2_000_000],
    ['十万', 10_000_000],
    ['一百二十三', 12_300],
    ['叁拾万零伍佰元伍角', 30_050_050],
    ['壹仟元零伍分', 100_005],
    ['伍角', 50],
    ['伍分', 5],
    ['伍角陆分', 56],
    ['零元整', 0],
    ['壹万亿', 100_000_000_000_000],
    ['壹万零壹亿', 100_010_000_000_000],
    ['壹亿零伍佰万', 10_500_000_000],
    ['壹拾亿', 100_000_000_000],
    ['一〇〇', 10_000],
    ['200万', 200_000_000],
    ['1000.0000万', 1_000_000_000],
    ['1.5亿', 15_000_000_000],
    ['5千万', 5_000_000_000],
    ['50,000.50元', 5_000_050],
    ['１２３', 12_300],
    ['0.005元', 1],
  ])('%s is %p fen', (text, expected) => {
    expect(parseChineseAmountToFen(text)).toBe(expected);
  });

  test.each(['', '壹贰', '伍伍万', '壹拾壹佰', '万', '亿', '壹万万', '元整壹', '伍角伍角', '伍元陆', 'abc', '1.123456789万', '壹亿贰亿', '9999999999999999元'])(
    '%p is rejected',
    (text) => {
      expect(parseChineseAmountToFen(text)).toBeNull();
    },
  );
});

describe('formatFenAsChineseUppercase', () => {
  test.each([
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角整'],
    [56, '伍角陆分'],
    [100, '壹元整'],
    [1_000, '壹拾元整'],
    [100_005, '壹仟元零伍分'],
    [101_000, '壹仟零壹拾元整'],
    [500_000_000, '伍佰万元整'],
    [1_000_500, '壹万零伍元整'],
    [10_500_000_000, '壹亿零伍佰万元整'],
    [100_000_000_000_000, '壹万亿元整'],
    [100_010_000_000_000, '壹万零壹亿元整'],
    [123_456_789_012_345, '壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分'],
  ])('%p fen is %s', (fen, expected) => {
    expect(formatFenAsChineseUppercase(fen)).toBe(expected);
  });

  test.each([-1, 0.5, Number.MAX_SAFE_INTEGER + 1])('rejects %p fen', (fen) => {
    expect(() => formatFenAsChineseUppercase(fen)).toThrow(RangeError);
  });

  test('largest safe amount', () => {
    const fen = Number.MAX_SAFE_INTEGER;
    expect(parseChineseAmountToFen(formatFenAsChineseUppercase(fen))).toBe(fen);
  });
});

describe('formatAmountAsChineseUppercase', () => {
  test('rounds to the fen', () => {
    expect(formatAmountAsChineseUppercase(0.29)).toBe('贰角玖分');
    expect(formatAmountAsChineseUppercase(2_000_000)).toBe('贰佰万元整');
  });

  test('rejects NaN', () => {
    expect(() => formatAmountAsChineseUppercase(Number.NaN)).toThrow(RangeError);
  });
});

describe('upper-case round trip', () => {
  test('fen amounts up to 10^12 yuan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000_000 }), (fen) => {
        expect(parseChineseAmountToFen(formatFenAsChineseUppercase(fen))).toBe(fen);
      }),
      { numRuns: 2000 },
    );
  });

  test('yuan amounts as numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000_000 }), (fen) => {
        const text = formatAmountAsChineseUppercase(fen / 100);
        expect(parseChineseAmountToFen(text)).toBe(fen);
      }),
      { numRuns: 2000 },
    );
  });

  test('amounts with many zero groups', () => {
    // Random amounts rarely hit runs of zeros, which is where 零 placement goes wrong.
    const sparseDigits = fc
      .array(fc.constantFrom('0', '0', '0', '1', '5', '9'), { minLength: 1, maxLength: 15 })
      .map((digits) => Number(digits.join('')));
    fc.assert(
      fc.property(sparseDigits, (fen) => {
        expect(parseChineseAmountToFen(formatFenAsChineseUppercase(fen))).toBe(fen);
      }),
      { numRuns: 2000 },
    );
  });
});

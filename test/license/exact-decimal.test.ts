import { add, DecimalOverflowError, decimalFromString, shift, toFen } from '../../src/license/exact-decimal';

describe('decimalFromString', () => {
  test.each([
    ['1000.0000', { mantissa: 1000, exponent: 0 }],
    ['12.3456', { mantissa: 123456, exponent: -4 }],
    ['0.05', { mantissa: 5, exponent: -2 }],
    ['007', { mantissa: 7, exponent: 0 }],
    ['0', { mantissa: 0, exponent: 0 }],
  ])('%s', (text, expected) => {
    expect(decimalFromString(text)).toEqual(expected);
  });

  test.each(['', '1.', '.5', '-1', '1e5', '12345678901234567'])('%p is rejected', (text) => {
    expect(decimalFromString(text)).toBeNull();
  });
});

describe('add', () => {
  test('aligns exponents', () => {
    expect(add(shift(decimalFromString('1')!, 12), decimalFromString('0.05')!)).toEqual({
      mantissa: 100_000_000_000_005,
      exponent: -2,
    });
  });

  test('overflow throws', () => {
    expect(() => add(shift(decimalFromString('1')!, 16), decimalFromString('0.01')!)).toThrow(DecimalOverflowError);
  });
});

describe('toFen', () => {
  test.each([
    ['1.005', 101],
    ['1.0049', 100],
    ['0.005', 1],
    ['0.0049', 0],
    ['123.45', 12_345],
  ])('%s yuan is %i fen', (text, fen) => {
    expect(toFen(decimalFromString(text)!)).toBe(fen);
  });

  test('ten thousand yuan', () => {
    expect(toFen(shift(decimalFromString('1.2345678')!, 4))).toBe(1_234_568);
  });
});

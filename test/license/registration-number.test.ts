import {
  computeRegistrationNumberCheckDigit,
  isValidRegistrationNumber,
  repairRegistrationNumber,
} from '../../src/license';

describe('isValidRegistrationNumber', () => {
  test.each([
    ['110108000000016', true],
    ['110108000000017', false],
    ['11010800000001', false],
    ['1101080000000160', false],
    ['11010800000001A', false],
  ])('%s is %s', (code, expected) => {
    expect(isValidRegistrationNumber(code)).toBe(expected);
  });
});

describe('computeRegistrationNumberCheckDigit', () => {
  test('matches the vector', () => {
    expect(computeRegistrationNumberCheckDigit('11010800000001')).toBe('6');
  });

  test('rejects non-digits', () => {
    expect(computeRegistrationNumberCheckDigit('1101080000000A')).toBeNull();
  });

  test('every digit change is caught', () => {
    // ISO 7064 MOD 11,10 detects every single-digit substitution.
    const valid = '110108000000016';
    for (let position = 0; position < 15; position += 1) {
      for (let digit = 0; digit < 10; digit += 1) {
        const changed = valid.slice(0, position) + String(digit) + valid.slice(position + 1);
        expect(isValidRegistrationNumber(changed)).toBe(changed === valid);
      }
    }
  });
});

describe('repairRegistrationNumber', () => {
  test.each([
    ['11O108000000016', '110108000000016'],
    ['IIOIO8OOOOOOOI6', '110108000000016'],
    ['11O108000000017', null],
    ['110108000000016', null],
  ])('%s repairs to %s', (code, expected) => {
    expect(repairRegistrationNumber(code)).toBe(expected);
  });
});

import fc from 'fast-check';

import {
  computeRegistrationNumberCheckDigit,
  computeUsccCheckChar,
  isValidRegistrationNumber,
  isValidUscc,
  readCreditCode,
  repairUscc,
  USCC_ALPHABET,
} from '../../src/license';

const DEPARTMENTS = '123456789ANY';
const DIGITS = '0123456789';
/** Every upper-case letter and digit, so substitutions include the forbidden I, O, Z, S and V. */
const ALL_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function charsFrom(alphabet: string, length: number): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...alphabet), { minLength: length, maxLength: length })
    .map((chars) => chars.join(''));
}

/** A random unified social credit code with a correct check character. */
const validUscc = fc
  .tuple(charsFrom(DEPARTMENTS, 1), charsFrom(DIGITS, 1), charsFrom(DIGITS, 6), charsFrom(USCC_ALPHABET, 9))
  .map((parts) => {
    const body = parts.join('');
    return body + computeUsccCheckChar(body)!;
  });

/** A random registration number with a correct check digit. */
const validRegistrationNumber = charsFrom(DIGITS, 14).map(
  (body) => body + computeRegistrationNumberCheckDigit(body)!,
);

function substitute(code: string, position: number, char: string): string {
  return code.slice(0, position) + char + code.slice(position + 1);
}

describe('USCC check properties', () => {
  test('generated codes pass', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        expect(isValidUscc(code)).toBe(true);
        expect(readCreditCode(code).warnings).not.toContain('credit_code_invalid');
      }),
    );
  });

  test('every single substitution is caught', () => {
    // 31 is prime and no weight is a multiple of it, so changing one character always changes
    // the weighted sum mod 31; characters outside the alphabet fail the shape check.
    fc.assert(
      fc.property(validUscc, (code) => {
        for (let position = 0; position < code.length; position += 1) {
          for (const char of ALL_CHARS) {
            if (char === code.charAt(position)) {
              continue;
            }
            const changed = substitute(code, position, char);
            if (isValidUscc(changed)) {
              throw new Error(`${changed} passes, but it differs from ${code} at position ${position + 1}`);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  test('look-alike letters repair back', () => {
    const lookalikes: Record<string, string> = { '0': 'O', '1': 'I', '2': 'Z', '5': 'S' };
    fc.assert(
      fc.property(validUscc, fc.nat(), (code, seed) => {
        const positions = [...code].flatMap((char, index) => (char in lookalikes ? [index] : []));
        fc.pre(positions.length > 0);
        const position = positions[seed % positions.length]!;
        const misread = substitute(code, position, lookalikes[code.charAt(position)]!);

        expect(repairUscc(misread)).toBe(code);
        expect(readCreditCode(misread).creditCode).toMatchObject({ value: code, valid: true, repaired: true });
      }),
    );
  });
});

describe('registration number properties', () => {
  test('generated numbers pass', () => {
    fc.assert(
      fc.property(validRegistrationNumber, (code) => {
        expect(isValidRegistrationNumber(code)).toBe(true);
      }),
    );
  });

  test('every single digit change is caught', () => {
    fc.assert(
      fc.property(validRegistrationNumber, (code) => {
        for (let position = 0; position < 15; position += 1) {
          for (const digit of DIGITS) {
            if (digit !== code.charAt(position)) {
              expect(isValidRegistrationNumber(substitute(code, position, digit))).toBe(false);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

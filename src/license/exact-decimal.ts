/**
 * Exact non-negative decimals as `mantissa × 10^exponent` with a safe-integer mantissa, for money
 * arithmetic without float drift and without BigInt. JavaScriptCore gained BigInt in iOS 14
 * (Safari 14), and core-js, the Mini Program's polyfill, cannot add it to older clients.
 */
export interface ExactDecimal {
  readonly mantissa: number;
  readonly exponent: number;
}

/** Raised when an exact result does not fit a safe-integer mantissa (about 15 significant digits). */
export class DecimalOverflowError extends RangeError {
  override readonly name = 'DecimalOverflowError';
}

export const ZERO: ExactDecimal = Object.freeze({ mantissa: 0, exponent: 0 });

function checked(mantissa: number, exponent: number): ExactDecimal {
  if (!Number.isSafeInteger(mantissa)) {
    throw new DecimalOverflowError(`decimal ${mantissa}e${exponent} exceeds the safe-integer range`);
  }
  return { mantissa, exponent };
}

/** Builds a decimal from an integer digit value (0–9 or any safe integer). */
export function decimalFromInteger(value: number): ExactDecimal {
  return checked(value, 0);
}

/** Parses an unsigned decimal string such as `1000.0000` or `12`. Returns null for other text. */
export function decimalFromString(text: string): ExactDecimal | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) {
    return null;
  }

  const fraction = (match[2] ?? '').replace(/0+$/, '');
  const digits = `${match[1]}${fraction}`.replace(/^0+(?=\d)/, '');
  const mantissa = Number(digits);
  if (!Number.isSafeInteger(mantissa)) {
    return null;
  }
  return mantissa === 0 ? ZERO : { mantissa, exponent: 0 - fraction.length };
}

/** Multiplies by 10^power. */
export function shift(value: ExactDecimal, power: number): ExactDecimal {
  return value.mantissa === 0 ? ZERO : { mantissa: value.mantissa, exponent: value.exponent + power };
}

/** Adds two decimals exactly, or throws DecimalOverflowError. */
export function add(left: ExactDecimal, right: ExactDecimal): ExactDecimal {
  if (left.mantissa === 0) return right;
  if (right.mantissa === 0) return left;

  const [high, low] = left.exponent >= right.exponent ? [left, right] : [right, left];
  const aligned = high.mantissa * 10 ** (high.exponent - low.exponent);
  return checked(checked(aligned, low.exponent).mantissa + low.mantissa, low.exponent);
}

export function isZero(value: ExactDecimal): boolean {
  return value.mantissa === 0;
}

/**
 * Converts a value in currency units to integer fen (hundredths), rounding half up past the fen.
 * Throws DecimalOverflowError when the result is not a safe integer.
 */
export function toFen(value: ExactDecimal): number {
  const power = value.exponent + 2;
  if (power >= 0) {
    return checked(value.mantissa * 10 ** power, 0).mantissa;
  }

  // Integer division with remainder: every operand is a safe integer, so each step is exact.
  const divisor = 10 ** -power;
  if (!Number.isSafeInteger(divisor)) {
    throw new DecimalOverflowError(`decimal ${value.mantissa}e${value.exponent} has too many decimal places`);
  }
  const remainder = value.mantissa % divisor;
  const quotient = (value.mantissa - remainder) / divisor;
  return remainder * 2 >= divisor ? quotient + 1 : quotient;
}

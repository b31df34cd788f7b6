/**
 * Chinese numerals for money amounts: reading the upper-case financial numerals (壹贰叁 … 拾佰仟万亿),
 * the lower-case ones (一二三 … 十百千), Arabic digits mixed with Chinese units (`1000.0000万`), and
 * writing an amount in upper-case numerals as cheques and contracts print it.
 *
 * Amounts are integer fen (hundredths of the currency unit) in a safe-integer number, which covers
 * up to about 9·10^13 yuan. The reader computes with exact decimals, not floats or BigInt, because
 * the same code runs on iOS JavaScriptCore builds that have no BigInt.
 */
import {
  add,
  DecimalOverflowError,
  decimalFromInteger,
  decimalFromString,
  ExactDecimal,
  isZero,
  shift,
  toFen,
  ZERO,
} from './exact-decimal';

/** Digits past this many decimal places are rejected rather than silently dropped. */
const MAX_FRACTION_DIGITS = 8;

const DIGIT_VALUES: Readonly<Record<string, number>> = Object.freeze({
  零: 0,
  〇: 0,
  壹: 1,
  一: 1,
  贰: 2,
  貳: 2,
  二: 2,
  两: 2,
  兩: 2,
  叁: 3,
  參: 3,
  叄: 3,
  三: 3,
  肆: 4,
  四: 4,
  伍: 5,
  五: 5,
  陆: 6,
  陸: 6,
  六: 6,
  柒: 7,
  七: 7,
  捌: 8,
  八: 8,
  玖: 9,
  九: 9,
});

/** 拾, 佰 and 仟 as powers of ten. */
const SMALL_UNIT_POWERS: Readonly<Record<string, number>> = Object.freeze({
  拾: 1,
  十: 1,
  佰: 2,
  百: 2,
  仟: 3,
  千: 3,
});

const TEN_THOUSAND = new Set(['万', '萬']);
const HUNDRED_MILLION = new Set(['亿', '億']);
const YUAN = new Set(['元', '圆', '圓']);
const WHOLE = new Set(['整', '正']);

const UPPER_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const UPPER_SMALL_UNITS = ['', '拾', '佰', '仟'] as const;

type Token =
  | { kind: 'number'; value: ExactDecimal; zero: boolean; digit: boolean }
  | { kind: 'small-unit'; power: number }
  | { kind: 'ten-thousand' }
  | { kind: 'hundred-million' }
  | { kind: 'yuan' }
  | { kind: 'jiao' }
  | { kind: 'fen' }
  | { kind: 'whole' };

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let index = 0;

  while (index < text.length) {
    const arabic = /^\d+(?:\.(\d+))?/.exec(text.slice(index));
    if (arabic) {
      const value = decimalFromString(arabic[0]);
      if (value === null || (arabic[1] ?? '').length > MAX_FRACTION_DIGITS) {
        return null;
      }
      tokens.push({ kind: 'number', value, zero: false, digit: /^\d$/.test(arabic[0]) });
      index += arabic[0].length;
      continue;
    }

    const token = tokenForChar(text.charAt(index));
    if (token === null) {
      return null;
    }
    tokens.push(token);
    index += 1;
  }

  return tokens;
}

function tokenForChar(char: string): Token | null {
  const digit = DIGIT_VALUES[char];
  if (digit !== undefined) {
    return { kind: 'number', value: decimalFromInteger(digit), zero: digit === 0, digit: true };
  }

  const power = SMALL_UNIT_POWERS[char];
  if (power !== undefined) {
    return { kind: 'small-unit', power };
  }

  if (TEN_THOUSAND.has(char)) return { kind: 'ten-thousand' };
  if (HUNDRED_MILLION.has(char)) return { kind: 'hundred-million' };
  if (YUAN.has(char)) return { kind: 'yuan' };
  if (char === '角' || char === '毛') return { kind: 'jiao' };
  if (char === '分') return { kind: 'fen' };
  if (WHOLE.has(char)) return { kind: 'whole' };
  return null;
}

/**
 * Reads lower-case digits written position by position with no units, such as `一〇〇`, the way
 * years are written. Returns null for any other text, so `壹贰` stays malformed.
 */
function readPositionalDigits(text: string): ExactDecimal | null {
  if (!/^[〇零一二三四五六七八九]{2,}$/u.test(text)) {
    return null;
  }

  const digits = [...text].map((char) => String(DIGIT_VALUES[char])).join('');
  return decimalFromString(digits);
}

/**
 * Accumulates the integer part. `section` is the value below 万 within the current group,
 * `belowHundredMillion` the value below 亿, `total` everything at or above 亿. 亿 may appear once,
 * which covers amounts up to 9999万亿 (`壹万零壹亿` is 10001·10^8).
 */
class IntegerReader {
  private total: ExactDecimal = ZERO;
  private belowHundredMillion: ExactDecimal = ZERO;
  private section: ExactDecimal = ZERO;
  private pending: ExactDecimal | null = null;
  private lastSmallUnitPower = Number.POSITIVE_INFINITY;
  private tenThousandSeen = false;
  private hundredMillionSeen = false;

  /** Takes a digit or Arabic number; false when two numbers follow each other without a unit. */
  number(value: ExactDecimal, zero: boolean): boolean {
    if (zero) {
      return this.pending === null;
    }
    if (this.pending !== null) {
      return false;
    }
    this.pending = value;
    return true;
  }

  smallUnit(power: number): boolean {
    if (power >= this.lastSmallUnitPower) {
      return false;
    }
    this.section = add(this.section, shift(this.pending ?? decimalFromInteger(1), power));
    this.pending = null;
    this.lastSmallUnitPower = power;
    return true;
  }

  tenThousand(): boolean {
    const value = add(this.section, this.pending ?? ZERO);
    if (this.tenThousandSeen || isZero(value)) {
      return false;
    }
    this.belowHundredMillion = add(this.belowHundredMillion, shift(value, 4));
    this.resetSection();
    this.tenThousandSeen = true;
    return true;
  }

  hundredMillion(): boolean {
    const value = add(add(this.belowHundredMillion, this.section), this.pending ?? ZERO);
    if (this.hundredMillionSeen || isZero(value)) {
      return false;
    }
    this.total = shift(value, 8);
    this.belowHundredMillion = ZERO;
    this.resetSection();
    this.tenThousandSeen = false;
    this.hundredMillionSeen = true;
    return true;
  }

  /** Returns the pending digit without adding it, for `伍角` where the digit belongs to 角. */
  takePending(): ExactDecimal | null {
    const pending = this.pending;
    this.pending = null;
    return pending;
  }

  value(): ExactDecimal {
    return add(add(add(this.total, this.belowHundredMillion), this.section), this.pending ?? ZERO);
  }

  private resetSection(): void {
    this.section = ZERO;
    this.pending = null;
    this.lastSmallUnitPower = Number.POSITIVE_INFINITY;
  }
}

/** Reads 角 and 分 after the integer part: `伍角`, `伍角陆分`, `零陆分`, each digit a single 0–9. */
function readFraction(tokens: readonly Token[], firstDigit: ExactDecimal | null): ExactDecimal | null {
  let value = ZERO;
  let pending = firstDigit;
  let lastUnit: 'none' | 'jiao' | 'fen' = 'none';

  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'number' && token.digit && pending === null) {
      pending = token.zero ? null : token.value;
      continue;
    }
    if (token.kind === 'jiao' && pending !== null && lastUnit === 'none') {
      value = add(value, shift(pending, -1));
      pending = null;
      lastUnit = 'jiao';
      continue;
    }
    if (token.kind === 'fen' && pending !== null && lastUnit !== 'fen') {
      value = add(value, shift(pending, -2));
      pending = null;
      lastUnit = 'fen';
      continue;
    }
    if (token.kind === 'whole' && pending === null && index === tokens.length - 1) {
      continue;
    }
    return null;
  }

  return pending === null ? value : null;
}

/** Reads tokens into an exact decimal of currency units, or null when they do not form an amount. */
function readTokens(tokens: readonly Token[]): ExactDecimal | null {
  const reader = new IntegerReader();

  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    let accepted: boolean;

    switch (token.kind) {
      case 'number':
        accepted = reader.number(token.value, token.zero);
        break;
      case 'small-unit':
        accepted = reader.smallUnit(token.power);
        break;
      case 'ten-thousand':
        accepted = reader.tenThousand();
        break;
      case 'hundred-million':
        accepted = reader.hundredMillion();
        break;
      case 'yuan': {
        const fraction = readFraction(tokens.slice(index + 1), null);
        return fraction === null ? null : add(reader.value(), fraction);
      }
      case 'jiao':
      case 'fen': {
        const pending = reader.takePending();
        const fraction = readFraction(tokens.slice(index), pending);
        return fraction === null ? null : add(reader.value(), fraction);
      }
      case 'whole':
        accepted = index === tokens.length - 1;
        break;
    }

    if (!accepted) {
      return null;
    }
  }

  return reader.value();
}

/**
 * Reads an amount written in Chinese numerals, Arabic digits or a mix of both into integer fen,
 * rounding half up past the fen. Accepts 元/圆, 角, 分 and a closing 整. Returns null for text that is
 * not an amount, such as two digits with no unit between them (`壹贰`) or units out of order, and for
 * amounts of 9·10^15 fen or more. Currency names and prefixes such as 人民币 are not accepted here:
 * see `readCapital`.
 *
 * @example parseChineseAmountToFen('伍佰万元整') // 500000000
 * @example parseChineseAmountToFen('1000.0000万') // 1000000000
 * @example parseChineseAmountToFen('叁拾万零伍佰元伍角') // 30050050
 */
export function parseChineseAmountToFen(text: string): number | null {
  const compact = text.normalize('NFKC').replace(/[\s,]/gu, '');
  if (compact === '') {
    return null;
  }

  const tokens = tokenize(compact);
  if (tokens === null) {
    return null;
  }

  try {
    const value = readPositionalDigits(compact) ?? readTokens(tokens);
    return value === null ? null : toFen(value);
  } catch (error) {
    // Too many significant digits for exact arithmetic: no license prints such an amount.
    if (error instanceof DecimalOverflowError) {
      return null;
    }
    throw error;
  }
}

/** Splits a safe integer into the quotient and remainder of a power of ten, exactly. */
function divide(value: number, divisor: number): [number, number] {
  const remainder = value % divisor;
  return [(value - remainder) / divisor, remainder];
}

/** Writes 1–9999 with 仟佰拾, one 零 for each run of inner zeros. */
function formatGroup(value: number): string {
  const digits = String(value).padStart(4, '0');
  let text = '';
  let zeroRun = false;

  for (let position = 0; position < 4; position += 1) {
    const digit = Number(digits.charAt(position));
    if (digit === 0) {
      zeroRun = text !== '';
      continue;
    }
    if (zeroRun) {
      text += '零';
      zeroRun = false;
    }
    text += UPPER_DIGITS[digit]! + UPPER_SMALL_UNITS[3 - position]!;
  }

  return text;
}

/** Writes a positive integer, adding 亿 and 万 and a 零 where a lower group starts with zeros. */
function formatInteger(value: number): string {
  if (value >= 100_000_000) {
    const [high, low] = divide(value, 100_000_000);
    const head = `${formatInteger(high)}亿`;
    if (low === 0) {
      return head;
    }
    return head + (low < 10_000_000 ? '零' : '') + formatInteger(low);
  }

  if (value >= 10_000) {
    const [high, low] = divide(value, 10_000);
    const head = `${formatGroup(high)}万`;
    if (low === 0) {
      return head;
    }
    return head + (low < 1_000 ? '零' : '') + formatGroup(low);
  }

  return formatGroup(value);
}

/**
 * Writes an amount of integer fen in upper-case Chinese numerals: `元` after the integer part, then
 * `角` and `分`, or `整` when nothing follows. Zero is `零元整`.
 *
 * @example formatFenAsChineseUppercase(500000000) // '伍佰万元整'
 * @example formatFenAsChineseUppercase(100005) // '壹仟元零伍分'
 */
export function formatFenAsChineseUppercase(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) {
    throw new RangeError(`formatFenAsChineseUppercase needs a non-negative safe integer of fen, got ${fen}`);
  }
  if (fen === 0) {
    return '零元整';
  }

  const [yuan, cents] = divide(fen, 100);
  const [jiao, fenDigit] = divide(cents, 10);
  let text = yuan > 0 ? `${formatInteger(yuan)}元` : '';

  if (jiao > 0) {
    text += `${UPPER_DIGITS[jiao]}角`;
  }
  if (fenDigit > 0) {
    text += `${jiao === 0 && yuan > 0 ? '零' : ''}${UPPER_DIGITS[fenDigit]}分`;
  } else {
    text += '整';
  }

  return text;
}

/**
 * Writes an amount in units of its currency (yuan) in upper-case Chinese numerals, rounding to the
 * nearest fen. Amounts up to 10^12 with cents are exact, because 10^14 fen is below 2^53, the
 * largest range in which a double represents every integer.
 *
 * @example formatAmountAsChineseUppercase(2000000) // '贰佰万元整'
 */
export function formatAmountAsChineseUppercase(amount: number): string {
  if (!Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`formatAmountAsChineseUppercase needs a finite non-negative amount, got ${amount}`);
  }

  return formatFenAsChineseUppercase(Math.round(amount * 100));
}

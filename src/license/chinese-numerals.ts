/**
 * Chinese numerals for money amounts: reading the upper-case financial numerals (壹贰叁 … 拾佰仟万亿),
 * the lower-case ones (一二三 … 十百千), Arabic digits mixed with Chinese units (`1000.0000万`), and
 * writing an amount in upper-case numerals as cheques and contracts print it.
 *
 * Amounts are integer fen (hundredths of the currency unit) in a bigint, so no float rounding creeps in.
 */

/** Internal fixed-point scale: values are held in units of 10^-8 yuan while reading. */
const SCALE = 100_000_000n;
const FEN_PER_SCALE = 1_000_000n;
const MAX_FRACTION_DIGITS = 8;

const DIGIT_VALUES: Readonly<Record<string, bigint>> = Object.freeze({
  零: 0n,
  〇: 0n,
  壹: 1n,
  一: 1n,
  贰: 2n,
  貳: 2n,
  二: 2n,
  两: 2n,
  兩: 2n,
  叁: 3n,
  參: 3n,
  叄: 3n,
  三: 3n,
  肆: 4n,
  四: 4n,
  伍: 5n,
  五: 5n,
  陆: 6n,
  陸: 6n,
  六: 6n,
  柒: 7n,
  七: 7n,
  捌: 8n,
  八: 8n,
  玖: 9n,
  九: 9n,
});

const SMALL_UNITS: Readonly<Record<string, bigint>> = Object.freeze({
  拾: 10n,
  十: 10n,
  佰: 100n,
  百: 100n,
  仟: 1000n,
  千: 1000n,
});

const TEN_THOUSAND = new Set(['万', '萬']);
const HUNDRED_MILLION = new Set(['亿', '億']);
const YUAN = new Set(['元', '圆', '圓']);
const WHOLE = new Set(['整', '正']);

const UPPER_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const UPPER_SMALL_UNITS = ['', '拾', '佰', '仟'] as const;

type Token =
  | { kind: 'number'; value: bigint; zero: boolean }
  | { kind: 'small-unit'; value: bigint }
  | { kind: 'ten-thousand' }
  | { kind: 'hundred-million' }
  | { kind: 'yuan' }
  | { kind: 'jiao' }
  | { kind: 'fen' }
  | { kind: 'whole' };

/** Converts an Arabic decimal such as `1000.0000` to the internal scale, or null past 8 decimals. */
function scaleDecimal(text: string): bigint | null {
  const [integer, fraction = ''] = text.split('.') as [string, string?];
  if (fraction.length > MAX_FRACTION_DIGITS) {
    return null;
  }

  return BigInt(integer) * SCALE + BigInt(fraction.padEnd(MAX_FRACTION_DIGITS, '0'));
}

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let index = 0;

  while (index < text.length) {
    const rest = text.slice(index);
    const arabic = /^\d+(?:\.\d+)?/.exec(rest);
    if (arabic) {
      const value = scaleDecimal(arabic[0]);
      if (value === null) {
        return null;
      }
      tokens.push({ kind: 'number', value, zero: false });
      index += arabic[0].length;
      continue;
    }

    const char = text.charAt(index);
    const token = tokenForChar(char);
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
    return { kind: 'number', value: digit * SCALE, zero: digit === 0n };
  }

  const smallUnit = SMALL_UNITS[char];
  if (smallUnit !== undefined) {
    return { kind: 'small-unit', value: smallUnit };
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
function readPositionalDigits(text: string): bigint | null {
  if (!/^[〇零一二三四五六七八九]{2,}$/u.test(text)) {
    return null;
  }

  let value = 0n;
  for (const char of text) {
    value = value * 10n + DIGIT_VALUES[char]!;
  }
  return value * SCALE;
}

/**
 * Accumulates the integer part. `section` is the value below 万 within the current 亿 group,
 * `belowHundredMillion` the value below 亿, `total` everything at or above 亿.
 */
class IntegerReader {
  private total = 0n;
  private belowHundredMillion = 0n;
  private section = 0n;
  private pending: bigint | null = null;
  private lastSmallUnit = 0n;
  private tenThousandSeen = false;

  /** Takes a digit or Arabic number; false when two numbers follow each other without a unit. */
  number(value: bigint, zero: boolean): boolean {
    if (zero) {
      return this.pending === null;
    }
    if (this.pending !== null) {
      return false;
    }
    this.pending = value;
    return true;
  }

  smallUnit(unit: bigint): boolean {
    if (this.lastSmallUnit !== 0n && unit >= this.lastSmallUnit) {
      return false;
    }
    this.section += (this.pending ?? SCALE) * unit;
    this.pending = null;
    this.lastSmallUnit = unit;
    return true;
  }

  tenThousand(): boolean {
    const value = this.section + (this.pending ?? 0n);
    if (this.tenThousandSeen || value === 0n) {
      return false;
    }
    this.belowHundredMillion += value * 10_000n;
    this.resetSection();
    this.tenThousandSeen = true;
    return true;
  }

  hundredMillion(): boolean {
    const value = this.belowHundredMillion + this.section + (this.pending ?? 0n);
    if (value === 0n || (this.total !== 0n && value >= 10_000n * SCALE * 10_000n)) {
      return false;
    }
    this.total = (this.total + value) * 100_000_000n;
    this.belowHundredMillion = 0n;
    this.resetSection();
    this.tenThousandSeen = false;
    return true;
  }

  /** Returns the pending digit without adding it, for `伍角` where the digit belongs to 角. */
  takePending(): bigint | null {
    const pending = this.pending;
    this.pending = null;
    return pending;
  }

  value(): bigint {
    return this.total + this.belowHundredMillion + this.section + (this.pending ?? 0n);
  }

  private resetSection(): void {
    this.section = 0n;
    this.pending = null;
    this.lastSmallUnit = 0n;
  }
}

/** Reads 角 and 分 after the integer part: `伍角`, `伍角陆分`, `零陆分`. */
function readFraction(tokens: readonly Token[], firstDigit: bigint | null): bigint | null {
  let value = 0n;
  let pending = firstDigit;
  let lastUnit: 'none' | 'jiao' | 'fen' = 'none';

  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'number' && pending === null && token.value % SCALE === 0n && token.value < 10n * SCALE) {
      pending = token.zero ? null : token.value;
      continue;
    }
    if (token.kind === 'jiao' && pending !== null && lastUnit === 'none') {
      value += pending / 10n;
      pending = null;
      lastUnit = 'jiao';
      continue;
    }
    if (token.kind === 'fen' && pending !== null && lastUnit !== 'fen') {
      value += pending / 100n;
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

/** Reads tokens into the internal scale, or null when they do not form an amount. */
function readTokens(tokens: readonly Token[]): bigint | null {
  const reader = new IntegerReader();

  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    let accepted: boolean;

    switch (token.kind) {
      case 'number':
        accepted = reader.number(token.value, token.zero);
        break;
      case 'small-unit':
        accepted = reader.smallUnit(token.value);
        break;
      case 'ten-thousand':
        accepted = reader.tenThousand();
        break;
      case 'hundred-million':
        accepted = reader.hundredMillion();
        break;
      case 'yuan': {
        const fraction = readFraction(tokens.slice(index + 1), null);
        return fraction === null ? null : reader.value() + fraction;
      }
      case 'jiao':
      case 'fen': {
        const pending = reader.takePending();
        const fraction = readFraction(tokens.slice(index), pending);
        return fraction === null ? null : reader.value() + fraction;
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
 * not an amount, such as two digits with no unit between them (`壹贰`) or units out of order.
 * Currency names and prefixes such as 人民币 are not accepted here: see `readCapital`.
 *
 * @example parseChineseAmountToFen('伍佰万元整') // 500000000n
 * @example parseChineseAmountToFen('1000.0000万') // 1000000000n
 * @example parseChineseAmountToFen('叁拾万零伍佰元伍角') // 30050050n
 */
export function parseChineseAmountToFen(text: string): bigint | null {
  const compact = text.normalize('NFKC').replace(/[\s,]/gu, '');
  if (compact === '') {
    return null;
  }

  const tokens = tokenize(compact);
  if (tokens === null) {
    return null;
  }

  const scaled = readPositionalDigits(compact) ?? readTokens(tokens);
  if (scaled === null) {
    return null;
  }

  return (scaled + FEN_PER_SCALE / 2n) / FEN_PER_SCALE;
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
function formatInteger(value: bigint): string {
  if (value >= 100_000_000n) {
    const low = value % 100_000_000n;
    const head = `${formatInteger(value / 100_000_000n)}亿`;
    if (low === 0n) {
      return head;
    }
    return head + (low < 10_000_000n ? '零' : '') + formatInteger(low);
  }

  if (value >= 10_000n) {
    const low = value % 10_000n;
    const head = `${formatGroup(Number(value / 10_000n))}万`;
    if (low === 0n) {
      return head;
    }
    return head + (low < 1_000n ? '零' : '') + formatGroup(Number(low));
  }

  return formatGroup(Number(value));
}

/**
 * Writes an amount of integer fen in upper-case Chinese numerals: `元` after the integer part, then
 * `角` and `分`, or `整` when nothing follows. Zero is `零元整`.
 *
 * @example formatFenAsChineseUppercase(500000000n) // '伍佰万元整'
 * @example formatFenAsChineseUppercase(100005n) // '壹仟元零伍分'
 */
export function formatFenAsChineseUppercase(fen: bigint): string {
  if (fen < 0n) {
    throw new RangeError(`formatFenAsChineseUppercase needs a non-negative amount, got ${fen} fen`);
  }
  if (fen === 0n) {
    return '零元整';
  }

  const yuan = fen / 100n;
  const jiao = Number((fen / 10n) % 10n);
  const cents = Number(fen % 10n);
  let text = yuan > 0n ? `${formatInteger(yuan)}元` : '';

  if (jiao > 0) {
    text += `${UPPER_DIGITS[jiao]}角`;
  }
  if (cents > 0) {
    text += `${jiao === 0 && yuan > 0n ? '零' : ''}${UPPER_DIGITS[cents]}分`;
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

  return formatFenAsChineseUppercase(BigInt(Math.round(amount * 100)));
}

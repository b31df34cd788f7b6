import { parseChineseAmountToFen } from './chinese-numerals';
import { Capital, CurrencyCode } from './interpretation-schema';

/**
 * Currency names as licenses print them, longest first so that `澳门元` wins over `元` and `日元`
 * is removed before the amount's own `元` is read.
 */
const CURRENCY_NAMES: ReadonlyArray<readonly [string, CurrencyCode]> = [
  ['澳大利亚元', 'AUD'],
  ['澳门帕塔卡', 'MOP'],
  ['新加坡元', 'SGD'],
  ['加拿大元', 'CAD'],
  ['瑞士法郎', 'CHF'],
  ['人民币', 'CNY'],
  ['澳门元', 'MOP'],
  ['澳门币', 'MOP'],
  ['新台币', 'TWD'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['欧元', 'EUR'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['日元', 'JPY'],
  ['英镑', 'GBP'],
  ['澳元', 'AUD'],
  ['加元', 'CAD'],
  ['韩元', 'KRW'],
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['USD', 'USD'],
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['EUR', 'EUR'],
  ['HKD', 'HKD'],
  ['JPY', 'JPY'],
  ['GBP', 'GBP'],
  ['AUD', 'AUD'],
  ['CAD', 'CAD'],
  ['SGD', 'SGD'],
  ['CHF', 'CHF'],
  ['MOP', 'MOP'],
  ['TWD', 'TWD'],
  ['KRW', 'KRW'],
  ['¥', 'CNY'],
  ['€', 'EUR'],
  ['$', 'USD'],
];

/** Field labels that OCR sometimes keeps in front of the value. */
const LABEL_PATTERN = /^(?:注册资本|注册资金|实收资本|出资额|出资总额|成员出资总额|资金数额)[::]?/u;

/** Values that mean "not stated", such as Baidu's `无`. */
const EMPTY_VALUES = new Set(['', '无', '-', '/', '—']);

/** The outcome of reading a capital field; `capital` is null for an empty field or unreadable text. */
export interface CapitalReading {
  capital: Capital | null;
  unparsed: boolean;
}

/** Removes every currency name and returns the currency, or null when two different ones appear. */
function takeCurrency(text: string): { rest: string; currency: CurrencyCode } | null {
  let rest = text;
  const found = new Set<CurrencyCode>();

  for (const [name, code] of CURRENCY_NAMES) {
    if (rest.includes(name)) {
      found.add(code);
      rest = rest.split(name).join('');
    }
  }

  if (found.size > 1) {
    return null;
  }
  return { rest, currency: found.values().next().value ?? 'CNY' };
}

/**
 * Reads a capital field (注册资本, 实收资本 …): Arabic or Chinese numerals, units 元/圆/万/亿, decimals
 * such as `1000.0000万元`, and a currency named in Chinese or by ISO code anywhere in the text. With no
 * currency named the amount is in CNY. `amount` is exact to the cent.
 *
 * @example readCapital('人民币伍佰万元整').capital // { amount: 5000000, currency: 'CNY', text: '人民币伍佰万元整' }
 * @example readCapital('100万美元').capital?.currency // 'USD'
 */
export function readCapital(text: string | undefined): CapitalReading {
  const printed = (text ?? '').trim();
  const compact = printed
    .normalize('NFKC')
    .replace(/[\s,()[\]【】]/gu, '')
    .replace(LABEL_PATTERN, '');
  if (EMPTY_VALUES.has(compact)) {
    return { capital: null, unparsed: false };
  }

  const currency = takeCurrency(compact.toUpperCase());
  const fen = currency === null ? null : parseChineseAmountToFen(currency.rest);
  if (currency === null || fen === null) {
    return { capital: null, unparsed: true };
  }

  return {
    capital: { amount: fen / 100, currency: currency.currency, text: printed },
    unparsed: false,
  };
}

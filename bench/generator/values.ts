/**
 * Invented values for every printed field, in the formats real licenses use.
 */
import { Random } from './random';
import {
  BUILDING_WORDS,
  CHINESE_DIGITS,
  CITY_WORDS,
  COOPERATIVE_WORDS,
  GIVEN_NAME_CHARS,
  INDUSTRY_WORDS,
  PLACE_WORDS,
  PROVINCES,
  ROAD_SUFFIXES,
  ROAD_WORDS,
  SCOPE_ITEMS,
  SCOPE_LICENSED_PREFIX,
  SCOPE_LICENSED_TAIL,
  SCOPE_PERMIT_SENTENCE,
  SHOP_WORDS,
  SURNAMES,
  TRADE_WORDS,
} from './vocabulary';
import type { EntityKind } from './spec';

/** A calendar date without time zone, so formatting never depends on the machine. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function makePersonName(random: Random): string {
  const surname = random.pick(SURNAMES);
  const givenLength = surname.length === 2 ? 1 : random.weighted([[1, 3], [2, 7]] as const);
  let given = '';
  for (let i = 0; i < givenLength; i += 1) given += random.pick(GIVEN_NAME_CHARS);
  return surname + given;
}

export function makeCityName(random: Random): string {
  return random.pick(CITY_WORDS);
}

function makeCompanyBase(random: Random, city: string): string {
  const trade = random.pick(TRADE_WORDS) + (random.chance(0.3) ? random.pick(PLACE_WORDS) : '');
  const industry = random.pick(INDUSTRY_WORDS);
  const style = random.int(0, 2);
  if (style === 0) return `${city}${trade}${industry}`;
  if (style === 1) return `${trade}（${city}）${industry}`;
  return `${city}市${trade}${industry}`;
}

/** Makes an entity name that ends the way its kind is registered (有限公司, 合伙企业（有限合伙）…). */
export function makeEnterpriseName(random: Random, entity: EntityKind, city: string): string {
  switch (entity) {
    case 'company':
      return makeCompanyBase(random, city) + random.pick(['有限公司', '有限公司', '有限责任公司']);
    case 'joint-stock':
      return makeCompanyBase(random, city) + '股份有限公司';
    case 'partnership':
      return makeCompanyBase(random, city) + random.pick(['合伙企业（有限合伙）', '合伙企业（普通合伙）']);
    case 'branch':
      return `${makeCompanyBase(random, city)}有限公司${random.pick(PLACE_WORDS)}分公司`;
    case 'cooperative':
      return `${city}${random.pick(PLACE_WORDS)}${random.pick(COOPERATIVE_WORDS)}专业合作社`;
    case 'sole-proprietorship':
      return `${city}${random.pick(TRADE_WORDS)}${random.pick(INDUSTRY_WORDS)}${random.pick(['经营部', '工作室', '商行'])}`;
    case 'individual':
      return `${city}${random.pick(['区', '县', '市'])}${random.pick(TRADE_WORDS)}${random.pick(SHOP_WORDS)}`;
  }
}

/** Makes the 类型 value printed for an entity kind. */
export function makeEnterpriseType(random: Random, entity: EntityKind): string {
  switch (entity) {
    case 'company':
      return random.pick([
        '有限责任公司（自然人投资或控股）',
        '有限责任公司（自然人独资）',
        '有限责任公司（法人独资）',
        '其他有限责任公司',
      ]);
    case 'joint-stock':
      return random.pick(['股份有限公司（非上市、自然人投资或控股）', '其他股份有限公司（非上市）']);
    case 'partnership':
      return random.pick(['有限合伙企业', '普通合伙企业']);
    case 'branch':
      return random.pick(['有限责任公司分公司（自然人投资或控股）', '其他有限责任公司分公司']);
    case 'cooperative':
      return '农民专业合作社';
    case 'sole-proprietorship':
      return '个人独资企业';
    case 'individual':
      return '个体工商户';
  }
}

export function makeAddress(random: Random, city: string): string {
  const province = random.pick(PROVINCES);
  const district = random.pick(PLACE_WORDS) + random.pick(['区', '县']);
  const road = random.pick(ROAD_WORDS) + random.pick(ROAD_SUFFIXES);
  const number = `${random.int(1, 999)}号`;
  const building = random.chance(0.6)
    ? `${random.pick(TRADE_WORDS)}${random.pick(BUILDING_WORDS)}${random.int(1, 12)}幢${random.int(1, 28)}${random.pick(['层', '楼'])}${random.int(101, 2899)}室`
    : random.chance(0.5)
      ? `${random.int(1, 6)}号楼${random.int(101, 699)}室`
      : '';
  const head = random.chance(0.5) ? `${province}${city}市` : `${city}市`;
  return `${head}${district}${road}${number}${building}`;
}

/**
 * Makes a business scope of about 90–280 characters ending with the standard permit sentence.
 * `modern` allows the 一般项目/许可项目 wording that licenses use since 2019.
 */
export function makeBusinessScope(random: Random, modern: boolean): string {
  const style = modern ? random.int(0, 3) : random.int(1, 3);
  const target = style === 0 ? random.int(20, 110) : random.int(60, 220);
  const separator = random.pick(['；', '、']);
  const items: string[] = [];
  let length = 0;
  while (length < target) {
    const item = random.pick(SCOPE_ITEMS);
    if (items.includes(item)) continue;
    items.push(item);
    length += item.length + 1;
  }
  if (style === 0) return `${SCOPE_LICENSED_PREFIX}${items.join(separator)}（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）${SCOPE_LICENSED_TAIL}`;
  return `${items.join(separator)}。${SCOPE_PERMIT_SENTENCE}`;
}

/** Writes an integer below 10000 in financial capital numerals (伍佰, 壹仟零伍拾). */
export function toCapitalNumerals(value: number): string {
  if (!Number.isInteger(value) || value <= 0 || value >= 10000) {
    throw new Error(`capital numerals cover 1..9999, got ${value}`);
  }
  const units = ['仟', '佰', '拾', ''];
  const digits = String(value).padStart(4, '0').split('').map(Number);
  let text = '';
  let pendingZero = false;
  digits.forEach((digit, index) => {
    if (digit === 0) {
      if (text !== '') pendingZero = true;
      return;
    }
    if (pendingZero) text += '零';
    pendingZero = false;
    text += `${CHINESE_DIGITS[digit]}${units[index]}`;
  });
  return text;
}

const CAPITAL_AMOUNTS = [3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 600, 800, 1000, 1050, 1200, 2000, 3000, 5000];

/** Makes a capital value in one of the printed formats (人民币伍佰万元整, 1000万元, 伍拾万美元 …). */
export function makeCapital(random: Random): string {
  const amount = random.pick(CAPITAL_AMOUNTS);
  const style = random.int(0, 6);
  switch (style) {
    case 0:
      return `人民币${toCapitalNumerals(amount)}万元整`;
    case 1:
      return `${amount}万元`;
    case 2:
      return `人民币${amount}.0000万元整`;
    case 3:
      return `${toCapitalNumerals(amount)}万美元`;
    case 4:
      return `${toCapitalNumerals(amount)}万元整`;
    case 5:
      return `${toCapitalNumerals(amount)}万圆整`;
    default:
      return `${amount}万`;
  }
}

export function makeDate(random: Random, fromYear: number, toYear: number): CivilDate {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return { year, month, day };
}

export function formatDate(date: CivilDate, padded: boolean): string {
  const pad = (n: number): string => (padded ? String(n).padStart(2, '0') : String(n));
  return `${date.year}年${pad(date.month)}月${pad(date.day)}日`;
}

/** Makes a period value: `A至长期`, `A至B` or `长期`. */
export function makePeriod(random: Random, start: CivilDate, padded: boolean): string {
  const style = random.weighted([['open', 5], ['range', 4], ['long', 1]] as const);
  if (style === 'long') return '长期';
  if (style === 'open') return `${formatDate(start, padded)}至长期`;
  const end = { year: start.year + random.pick([10, 20, 30, 50]), month: start.month, day: start.day };
  const endDay = end.day > 1 ? { ...end, day: end.day - 1 } : end;
  return `${formatDate(start, padded)}至${formatDate(endDay, padded)}`;
}

/**
 * The printed content of one license: which labelled rows it shows, their values, and the truth object
 * that records exactly those printed values under WeChat's wire field names.
 */
import type { LicenseTextFieldName, LicenseTextFields } from '../../src/license';
import { Random } from './random';
import { makeCreditCode, makeRegistrationNumber, makeSerial, pickDivisionCode } from './registration-codes';
import type { EntityKind, LicenseLayout, SampleSpec } from './spec';
import {
  formatDate,
  makeAddress,
  makeBusinessScope,
  makeCapital,
  makeCityName,
  makeDate,
  makeEnterpriseName,
  makeEnterpriseType,
  makePeriod,
  makePersonName,
} from './values';

export interface LicenseRow {
  /** The label as written without spacing, e.g. 名称. */
  label: string;
  value: string;
  field: LicenseTextFieldName;
  /** Column on the two-column horizontal layout; one-column layouts print the rows in order. */
  column: 'left' | 'right';
}

export interface LicenseContent {
  title: string;
  /** （副本） for copies. */
  copyMark?: string;
  /** 统一社会信用代码 or 注册号. */
  codeLabel: string;
  code: string;
  /** Copy number printed right after the code, such as `(1-1)` or `(1/3)`. It is not part of `truth.reg_num`. */
  codeSuffix?: string;
  serialLabel?: string;
  serial?: string;
  rows: LicenseRow[];
  /** 登记机关 text: the authority whose seal is stamped over the issue date. */
  authority: string;
  /** Issue date printed under the seal; WeChat does not return it, so it is not in the truth. */
  issueDate: string;
  /** Footer text lines at the bottom edge. */
  footer: string[];
  truth: LicenseTextFields;
}

interface EntityLabels {
  person: string;
  address: string;
  capital?: string;
  date: string;
  period?: string;
}

function labelsFor(entity: EntityKind, layout: LicenseLayout): EntityLabels {
  switch (entity) {
    case 'company':
    case 'joint-stock':
      return { person: '法定代表人', address: '住所', capital: '注册资本', date: '成立日期', period: '营业期限' };
    case 'partnership':
      return { person: '执行事务合伙人', address: '主要经营场所', capital: '出资额', date: '成立日期', period: '合伙期限' };
    case 'branch':
      return { person: '负责人', address: '营业场所', date: '成立日期', period: '营业期限' };
    case 'cooperative':
      return { person: '法定代表人', address: '住所', capital: '成员出资总额', date: '成立日期', period: '营业期限' };
    case 'sole-proprietorship':
      return { person: '投资人', address: '住所', date: '成立日期', period: '营业期限' };
    case 'individual':
      return { person: '经营者', address: '经营场所', date: layout === 'individual-2011' ? '发照日期' : '注册日期' };
  }
}

/** Builds the printed content and truth of a sample from its spec. */
export function buildLicenseContent(spec: SampleSpec, random: Random): LicenseContent {
  const labels = labelsFor(spec.entity, spec.layout);
  const city = makeCityName(random);
  const division = pickDivisionCode(random);
  const padded = random.chance(0.7);
  const oldLicense = spec.layout === 'individual-2011';
  const founded = oldLicense ? makeDate(random, 2003, 2015) : makeDate(random, 1998, 2024);
  const issued = { ...founded, year: Math.min(2025, founded.year + random.int(0, 5)) };
  if (spec.layout === 'horizontal-2019' && issued.year < 2019) issued.year = 2019 + random.int(0, 5);
  if (spec.layout === 'vertical-copy-2014') {
    founded.year = Math.min(founded.year, 2018);
    issued.year = Math.max(2014, Math.min(2018, issued.year));
  }

  const name = makeEnterpriseName(random, spec.entity, city);
  const person = spec.entity === 'partnership' && random.chance(0.3)
    ? makeEnterpriseName(random, 'company', makeCityName(random))
    : makePersonName(random);
  const rows: LicenseRow[] = [];
  const add = (label: string, value: string, field: LicenseTextFieldName, column: 'left' | 'right'): void => {
    rows.push({ label, value, field, column });
  };

  add('名称', name, 'enterprise_name', 'left');
  if (!oldLicense) add('类型', makeEnterpriseType(random, spec.entity), 'type_of_enterprise', 'left');
  add(labels.person, person, 'legal_representative', 'left');
  if (spec.entity === 'individual') {
    add('组成形式', random.pick(['个人经营', '家庭经营']), 'type_of_organization', 'right');
  }
  const modernScope = spec.layout === 'horizontal-2019' || spec.layout === 'electronic';
  add('经营范围', makeBusinessScope(random, modernScope), 'business_scope', 'left');
  if (labels.capital) add(labels.capital, makeCapital(random), 'registered_capital', 'right');
  add(labels.date, formatDate(founded, padded), 'registered_date', 'right');
  if (labels.period) add(labels.period, makePeriod(random, founded, padded), 'valid_period', 'right');
  add(labels.address, makeAddress(random, city), 'address', 'right');

  const code = oldLicense
    ? makeRegistrationNumber(random, division, spec.wrongCheckChar === true)
    : makeCreditCode(random, spec.entity, division, spec.wrongCheckChar === true);
  const copy = spec.copy === true || spec.layout === 'vertical-copy-2014';
  const codeSuffix = spec.layout === 'vertical-copy-2014' && random.chance(0.5)
    ? `(1${random.pick(['-', '/'])}${random.int(1, 3)})`
    : undefined;
  // The 2019 layout always prints 证照编号; some 2014–2018 copies print 编号; the old individual
  // license and the electronic card print none.
  const serial = spec.layout === 'horizontal-2019' || (spec.layout === 'vertical-copy-2014' && random.chance(0.5))
    ? makeSerial(random, division, issued.year, spec.layout === 'horizontal-2019' ? 'digits' : 'letter')
    : undefined;

  const truth: LicenseTextFields = { reg_num: code };
  if (serial) truth.serial = serial;
  for (const row of rows) truth[row.field] = row.value;

  const modern = spec.layout === 'horizontal-2019' || spec.layout === 'electronic' || issued.year >= 2018;
  let serialLabel: string | undefined;
  if (serial) serialLabel = spec.layout === 'horizontal-2019' ? '证照编号' : '编号';
  return {
    title: '营业执照',
    copyMark: copy ? '（副本）' : undefined,
    codeLabel: oldLicense ? '注册号' : '统一社会信用代码',
    code,
    codeSuffix,
    serialLabel,
    serial,
    rows,
    authority: `${city}市${modern ? '市场监督管理局' : '工商行政管理局'}`,
    issueDate: formatDate(issued, true),
    footer: modern
      ? ['国家企业信用信息公示系统网址：http://www.gsxt.gov.cn', '国家市场监督管理总局监制']
      : ['企业信用信息公示系统网址：http://www.gsxt.gov.cn', '中华人民共和国国家工商行政管理总局监制'],
    truth,
  };
}

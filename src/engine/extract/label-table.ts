import type { LicenseTextFieldName } from '../../license';

/** Destination of a label's value: a wire field, or one half of a term printed as 期限自 / 期限至. */
export type LabelTarget = LicenseTextFieldName | 'valid_from' | 'valid_to';

/** One printed label and the field its value fills. */
export interface LabelSpec {
  text: string;
  target: LabelTarget;
}

/**
 * Labels of every layout and entity type. The same wire field wears different labels: a branch
 * prints 负责人 where a company prints 法定代表人, a partnership prints 合伙期限 for 营业期限.
 */
export const LABELS: readonly LabelSpec[] = [
  { text: '统一社会信用代码', target: 'reg_num' },
  { text: '注册号', target: 'reg_num' },
  { text: '证照编号', target: 'serial' },
  { text: '编号', target: 'serial' },
  { text: '名称', target: 'enterprise_name' },
  { text: '类型', target: 'type_of_enterprise' },
  { text: '主体类型', target: 'type_of_enterprise' },
  { text: '法定代表人', target: 'legal_representative' },
  { text: '负责人', target: 'legal_representative' },
  { text: '经营者', target: 'legal_representative' },
  { text: '投资人', target: 'legal_representative' },
  { text: '执行事务合伙人', target: 'legal_representative' },
  { text: '首席代表', target: 'legal_representative' },
  { text: '组成形式', target: 'type_of_organization' },
  { text: '住所', target: 'address' },
  { text: '经营场所', target: 'address' },
  { text: '主要经营场所', target: 'address' },
  { text: '营业场所', target: 'address' },
  { text: '经营范围', target: 'business_scope' },
  { text: '注册资本', target: 'registered_capital' },
  { text: '注册资金', target: 'registered_capital' },
  { text: '出资额', target: 'registered_capital' },
  { text: '出资总额', target: 'registered_capital' },
  { text: '成员出资总额', target: 'registered_capital' },
  { text: '资金数额', target: 'registered_capital' },
  { text: '实收资本', target: 'paid_in_capital' },
  { text: '营业期限', target: 'valid_period' },
  { text: '经营期限', target: 'valid_period' },
  { text: '合伙期限', target: 'valid_period' },
  { text: '期限自', target: 'valid_from' },
  { text: '期限至', target: 'valid_to' },
  { text: '成立日期', target: 'registered_date' },
  { text: '注册日期', target: 'registered_date' },
  { text: '发照日期', target: 'registered_date' },
];

/**
 * Text that ends every value region above or beside it: the registration authority and issue date
 * block, the QR code caption and the footer lines of the 2019 print standard.
 */
export const STOP_PHRASES: readonly string[] = [
  '登记机关',
  '发证机关',
  '核准日期',
  '国家企业信用信息公示系统',
  '企业信用信息公示系统',
  '信用信息公示',
  '年度报告',
  '市场主体应当',
  '报送',
  '二维码',
  '身份码',
  '了解更多',
  '监管信息',
  '国家市场监督管理总局监制',
  '监制',
  'gsxt',
  'http',
  'www.',
];

/** The title every license prints; the electronic license prints 电子营业执照. */
export const TITLE = '营业执照';

/** Fields whose values wrap over several lines. */
export const MULTI_LINE_TARGETS: ReadonlySet<LabelTarget> = new Set<LabelTarget>([
  'business_scope',
  'address',
  'enterprise_name',
  'type_of_enterprise',
]);

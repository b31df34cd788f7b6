/**
 * The Chinese label of each wire field as the license prints it. One field wears different labels
 * by entity kind: the person in `legal_representative` is 法定代表人 on a company license, 经营者 on a
 * 个体工商户 license and 执行事务合伙人 on a partnership license.
 */
import type { EntityKind, LicenseTextFieldName } from '../lib/bizlicense';

/** The order of the confirm form: the order of the 2019 print layout, credit code first. */
export const FORM_FIELD_ORDER: readonly LicenseTextFieldName[] = [
  'reg_num',
  'enterprise_name',
  'type_of_enterprise',
  'legal_representative',
  'type_of_organization',
  'registered_capital',
  'paid_in_capital',
  'registered_date',
  'valid_period',
  'address',
  'business_scope',
  'serial',
];

const DEFAULT_LABELS: Readonly<Record<LicenseTextFieldName, string>> = {
  reg_num: '统一社会信用代码',
  enterprise_name: '名称',
  type_of_enterprise: '类型',
  legal_representative: '法定代表人',
  type_of_organization: '组成形式',
  registered_capital: '注册资本',
  paid_in_capital: '实收资本',
  registered_date: '成立日期',
  valid_period: '营业期限',
  address: '住所',
  business_scope: '经营范围',
  serial: '证照编号',
};

const LABELS_BY_KIND: Readonly<Record<EntityKind, Partial<Record<LicenseTextFieldName, string>>>> = {
  company: {},
  'individual-business': {
    legal_representative: '经营者',
    registered_date: '注册日期',
    address: '经营场所',
  },
  partnership: {
    legal_representative: '执行事务合伙人',
    registered_capital: '出资额',
    valid_period: '合伙期限',
    address: '主要经营场所',
  },
  branch: {
    legal_representative: '负责人',
    address: '营业场所',
  },
  'sole-proprietorship': {
    legal_representative: '投资人',
    registered_capital: '出资额',
  },
  cooperative: {
    registered_capital: '成员出资总额',
  },
  other: {},
};

/**
 * The fields each kind of license prints, so that a field WeChat did not return is marked for the
 * merchant to fill. Branches have no capital, a 个体工商户 has no capital and no business term, and
 * only a 个体工商户 has 组成形式. 实收资本 appears only on old company licenses, so it is never expected.
 */
const EXPECTED_BY_KIND: Readonly<Record<EntityKind, readonly LicenseTextFieldName[]>> = {
  company: ['reg_num', 'enterprise_name', 'type_of_enterprise', 'legal_representative', 'registered_capital', 'registered_date', 'valid_period', 'address', 'business_scope'],
  'individual-business': ['reg_num', 'enterprise_name', 'type_of_enterprise', 'legal_representative', 'type_of_organization', 'registered_date', 'address', 'business_scope'],
  partnership: ['reg_num', 'enterprise_name', 'type_of_enterprise', 'legal_representative', 'registered_date', 'valid_period', 'address', 'business_scope'],
  branch: ['reg_num', 'enterprise_name', 'type_of_enterprise', 'legal_representative', 'registered_date', 'valid_period', 'address', 'business_scope'],
  'sole-proprietorship': ['reg_num', 'enterprise_name', 'type_of_enterprise', 'legal_representative', 'registered_capital', 'registered_date', 'address', 'business_scope'],
  cooperative: ['reg_num', 'enterprise_name', 'type_of_enterprise', 'legal_representative', 'registered_capital', 'registered_date', 'valid_period', 'address', 'business_scope'],
  other: ['reg_num', 'enterprise_name', 'legal_representative', 'address'],
};

/**
 * Returns the label of a field for an entity kind. A 15-digit registration number is labelled
 * 注册号 instead of 统一社会信用代码.
 */
export function fieldLabel(field: LicenseTextFieldName, kind: EntityKind, isRegistrationNumber = false): string {
  if (field === 'reg_num' && isRegistrationNumber) {
    return '注册号';
  }
  return LABELS_BY_KIND[kind][field] ?? DEFAULT_LABELS[field];
}

/** Tells whether licenses of this kind print the field. */
export function isExpectedField(field: LicenseTextFieldName, kind: EntityKind): boolean {
  return EXPECTED_BY_KIND[kind].includes(field);
}

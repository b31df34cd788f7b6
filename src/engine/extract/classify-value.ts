import type { LicenseTextFieldName } from '../../license';

/** Enterprise types as printed in the 类型 field; a name carries a place or brand before them. */
const TYPE_PREFIXES = [
  '有限责任公司',
  '股份有限公司',
  '其他有限责任公司',
  '个人独资企业',
  '普通合伙企业',
  '有限合伙企业',
  '特殊普通合伙企业',
  '合伙企业',
  '农民专业合作社',
  '个体工商户',
  '全民所有制',
  '集体所有制',
  '股份合作制',
  '外商投资',
  '外国法人',
  '台、港、澳',
  '港、澳、台',
  '非公司',
  '内资',
  '其他',
];

const NAME_ENDING = /(公司|厂|店|部|中心|社|企业|[（(]普通合伙[)）]|[（(]有限合伙[)）]|商行|工作室|事务所|馆|院|站|行|处|场)$/;
const DATE = /^\d{4}年\d{1,2}月(\d{1,2}日)?$/;
const PERIOD = /至|长期|永久|不约定期限/;
const CAPITAL = /(万|元|圆)/;
const CAPITAL_AMOUNT = /[0-9零壹贰叁肆伍陆柒捌玖拾佰仟一二三四五六七八九十百千]/;
const PERSON = /^[\u4e00-\u9fff·]{2,4}$/;
const ADDRESS = /(省|市|区|县|镇|乡|村|路|街|道|号|室|楼|层|大厦|园|弄|巷)/;

/**
 * Guesses which fields a value could fill from its text alone, most likely first. Used only for
 * values whose label was not found as a box.
 */
export function classifyValue(text: string): LicenseTextFieldName[] {
  if (DATE.test(text)) return ['registered_date'];
  if (PERIOD.test(text) && /\d{4}|长期|永久|不约定/.test(text)) return ['valid_period'];
  if (CAPITAL.test(text) && CAPITAL_AMOUNT.test(text) && text.length <= 24) return ['registered_capital', 'paid_in_capital'];
  if (/^(个人经营|家庭经营)$/.test(text)) return ['type_of_organization'];
  if (TYPE_PREFIXES.some((prefix) => text.startsWith(prefix))) return ['type_of_enterprise', 'enterprise_name'];
  if (NAME_ENDING.test(text)) return ['enterprise_name', 'address'];
  if (PERSON.test(text)) return ['legal_representative'];
  if (ADDRESS.test(text) && text.length <= 60) return ['address', 'business_scope'];
  return ['business_scope'];
}

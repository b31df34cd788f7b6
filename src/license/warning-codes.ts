import type { LicenseTextFieldName } from './wire-schema';

/**
 * The registry of warnings that {@link interpretLicense} can attach to a license. Codes are stable
 * English identifiers that callers may match on. `message` is the Chinese text shown to the merchant
 * or the reviewer, and `field` is the wire field the warning is about.
 */
export interface WarningEntry {
  code: string;
  field: LicenseTextFieldName;
  message: string;
}

function warning(field: LicenseTextFieldName, message: string): Omit<WarningEntry, 'code'> {
  return { field, message };
}

const WARNING_DEFINITIONS = {
  credit_code_missing: warning('reg_num', '未识别到统一社会信用代码或注册号，请核对执照后手动填写。'),
  credit_code_malformed: warning(
    'reg_num',
    '统一社会信用代码应为 18 位（旧版注册号为 15 位数字），请核对位数和字符。',
  ),
  credit_code_invalid: warning(
    'reg_num',
    '统一社会信用代码校验位不符，可能识别有误，请与执照逐位核对；部分 2016 年前发放的代码也可能如此。',
  ),
  credit_code_repaired: warning(
    'reg_num',
    '统一社会信用代码中的字母 O、I、Z、S 已按数字 0、1、2、5 更正，请与执照核对。',
  ),
  organization_code_invalid: warning(
    'reg_num',
    '统一社会信用代码第 9–17 位（组织机构代码）校验不符，请与执照逐位核对。',
  ),
  registration_number_invalid: warning('reg_num', '注册号校验位不符，可能识别有误，请与执照逐位核对。'),
  registered_date_unparsed: warning('registered_date', '无法识别成立日期的格式，请按“2018年1月1日”的格式填写。'),
  registered_date_invalid: warning('registered_date', '成立日期不是有效的日期（如月份或日期超出范围），请与执照核对。'),
  registered_date_in_future: warning('registered_date', '成立日期晚于今天，请与执照核对。'),
  valid_period_unparsed: warning('valid_period', '无法识别营业期限的格式，请按“2018年1月1日至2038年12月31日”或“长期”填写。'),
  valid_period_date_invalid: warning('valid_period', '营业期限中的日期无效（如月份或日期超出范围），请与执照核对。'),
  valid_period_partial: warning('valid_period', '营业期限只识别到一部分，缺少的起始日期已按成立日期补全或留空，请与执照核对。'),
  valid_period_end_before_start: warning('valid_period', '营业期限的截止日期早于起始日期，请与执照核对。'),
  license_expired: warning('valid_period', '营业执照已超过营业期限，请上传最新的营业执照。'),
  license_expiring_soon: warning('valid_period', '营业执照将在 30 天内到期，请及时办理延期。'),
  registered_capital_unparsed: warning('registered_capital', '无法识别注册资本的金额，请按“100万元”或“人民币壹佰万元整”的格式填写。'),
  paid_in_capital_unparsed: warning('paid_in_capital', '无法识别实收资本的金额，请按“100万元”或“人民币壹佰万元整”的格式填写。'),
  paid_in_capital_exceeds_registered: warning('paid_in_capital', '实收资本大于注册资本，请与执照核对。'),
  entity_kind_mismatch: warning('type_of_enterprise', '主体类型与统一社会信用代码的类别不一致，请与执照核对。'),
} satisfies Record<string, Omit<WarningEntry, 'code'>>;

/** A warning code, such as `credit_code_invalid`. */
export type WarningCode = keyof typeof WARNING_DEFINITIONS;

/** Every warning code with its field and Chinese message, frozen. */
export const WARNING_CODES: Readonly<Record<WarningCode, Readonly<WarningEntry>>> = Object.freeze(
  Object.fromEntries(
    Object.entries(WARNING_DEFINITIONS).map(([code, definition]) => [
      code,
      Object.freeze({ code, ...definition }),
    ]),
  ) as Record<WarningCode, WarningEntry>,
);

/** Tells whether a string is a registered warning code. */
export function isWarningCode(code: string): code is WarningCode {
  return Object.prototype.hasOwnProperty.call(WARNING_CODES, code);
}

/**
 * Finds the registry entry of a warning code, or undefined for a code the registry does not list
 * (for example one sent by a newer server).
 *
 * @example lookupWarning('license_expired')?.message // '营业执照已超过营业期限，请上传最新的营业执照。'
 */
export function lookupWarning(code: string): Readonly<WarningEntry> | undefined {
  return isWarningCode(code) ? WARNING_CODES[code] : undefined;
}

/** Lists every registered warning in registry order, which groups them by field. */
export function listWarningCodes(): ReadonlyArray<Readonly<WarningEntry>> {
  return Object.values(WARNING_CODES);
}

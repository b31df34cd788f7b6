import { interpretLicense } from './interpret';
import { Interpretation } from './interpretation-schema';
import { lookupWarning, WarningCode } from './warning-codes';
import { LicenseTextFieldName, LicenseTextFields } from './wire-schema';

/**
 * `error` blocks submission until the merchant corrects the field; `warning` asks the merchant to
 * compare the field with the license and may be acknowledged.
 */
export type FormIssueLevel = 'error' | 'warning';

/** One problem with one field of the confirm form. */
export interface FormIssue {
  field: LicenseTextFieldName;
  level: FormIssueLevel;
  /** `field_required`, or a code from the warnings registry. */
  code: 'field_required' | WarningCode;
  /** Chinese text to show under the field. */
  message: string;
}

export interface LicenseFormValidation {
  /** True when no issue has level `error`. */
  ok: boolean;
  /** Issues in form order: required fields first, then warnings in registry order. */
  issues: FormIssue[];
  /** The interpretation of the typed values, as the cloud function would compute it. */
  interpretation: Interpretation;
}

export interface LicenseFormOptions {
  /** Today's date in Asia/Shanghai as `YYYY-MM-DD`. */
  today: string;
  /** Fields that must not be empty. @default ['enterprise_name', 'reg_num'] */
  requiredFields?: readonly LicenseTextFieldName[];
}

/** The label each field has on a company license, for the "please fill in" messages. */
const FIELD_LABELS: Readonly<Record<LicenseTextFieldName, string>> = Object.freeze({
  reg_num: '统一社会信用代码',
  serial: '证照编号',
  legal_representative: '法定代表人',
  enterprise_name: '名称',
  type_of_organization: '组成形式',
  address: '住所',
  type_of_enterprise: '类型',
  business_scope: '经营范围',
  registered_capital: '注册资本',
  paid_in_capital: '实收资本',
  valid_period: '营业期限',
  registered_date: '成立日期',
});

const DEFAULT_REQUIRED_FIELDS: readonly LicenseTextFieldName[] = ['enterprise_name', 'reg_num'];

/**
 * Warnings the merchant must fix rather than acknowledge: a value that cannot be right whatever the
 * license says, or a license that cannot be used for onboarding. Every other warning is `warning`.
 */
const ERROR_LEVEL_WARNINGS: ReadonlySet<WarningCode> = new Set<WarningCode>([
  'credit_code_malformed',
  'registered_date_unparsed',
  'registered_date_invalid',
  'registered_date_in_future',
  'valid_period_unparsed',
  'valid_period_date_invalid',
  'valid_period_end_before_start',
  'license_expired',
]);

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** Builds the message for a warning in the form, where the merchant typed the value. */
function formMessage(code: WarningCode, interpretation: Interpretation): string {
  if (code === 'credit_code_repaired' && interpretation.creditCode !== null) {
    return `统一社会信用代码不含字母 O、I、Z、S，应为数字 0、1、2、5，建议改为 ${interpretation.creditCode.value}。`;
  }
  return lookupWarning(code)?.message ?? code;
}

/**
 * Checks the values of the Mini Program's confirm form with the same functions the cloud function
 * uses, and returns per-field issues with Chinese messages plus the recomputed interpretation. An
 * empty required field (名称 and 统一社会信用代码 by default) is an error. A credit code that fails its
 * check is a warning the merchant may acknowledge, because some real codes issued before 2016 fail it.
 *
 * @example
 * validateLicenseForm({ enterprise_name: '', reg_num: '91320621MA1MRHG207' }, { today: '2026-12-05' }).issues
 *   // [{ field: 'enterprise_name', level: 'error', code: 'field_required', message: '请填写名称。' },
 *   //  { field: 'reg_num', level: 'warning', code: 'credit_code_invalid', message: '统一社会信用代码校验位不符…' }]
 */
export function validateLicenseForm(
  fields: LicenseTextFields,
  options: LicenseFormOptions,
): LicenseFormValidation {
  const interpretation = interpretLicense(fields, { today: options.today });
  const required = options.requiredFields ?? DEFAULT_REQUIRED_FIELDS;
  const issues: FormIssue[] = [];

  for (const field of required) {
    if (isBlank(fields[field])) {
      issues.push({ field, level: 'error', code: 'field_required', message: `请填写${FIELD_LABELS[field]}。` });
    }
  }

  for (const code of interpretation.warnings as WarningCode[]) {
    const entry = lookupWarning(code);
    if (entry === undefined || (code === 'credit_code_missing' && required.includes('reg_num'))) {
      continue;
    }

    issues.push({
      field: entry.field,
      level: ERROR_LEVEL_WARNINGS.has(code) ? 'error' : 'warning',
      code,
      message: formMessage(code, interpretation),
    });
  }

  return { ok: issues.every((issue) => issue.level !== 'error'), issues, interpretation };
}

/** Groups issues by field, for templates that show them under each input. */
export function groupIssuesByField(
  issues: readonly FormIssue[],
): Partial<Record<LicenseTextFieldName, FormIssue[]>> {
  const grouped: Partial<Record<LicenseTextFieldName, FormIssue[]>> = {};
  for (const issue of issues) {
    (grouped[issue.field] ??= []).push(issue);
  }
  return grouped;
}

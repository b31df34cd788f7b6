/**
 * The confirm form's model: one row per license field with its label, value, checks and whether
 * the merchant must fill it, and the rules that decide whether `confirm` may be sent.
 */
import type { Interpretation, LicenseTextFieldName, LicenseTextFields } from '../../lib/bizlicense';
import { fieldLabel, FORM_FIELD_ORDER, isExpectedField } from '../../utils/field-labels';
import { FieldIssue, FormCheck } from '../../utils/form-checks';

/** One field of the confirm form as the WXML renders it. */
export interface FormRow {
  field: LicenseTextFieldName;
  label: string;
  value: string;
  /** Whether WeChat did not return the field although this kind of license prints it. */
  missing: boolean;
  /** Whether the value differs from what WeChat recognised. */
  edited: boolean;
  /** Long fields use a textarea. */
  multiline: boolean;
  issues: FieldIssue[];
  hasError: boolean;
}

/** A field the merchant changed, as `confirm` reports it. */
export interface FieldChange {
  field: LicenseTextFieldName;
  recognized: string;
  confirmed: string;
}

/** The detail of the `confirm` event, as the host page receives it. */
export interface ConfirmDetail {
  fields: LicenseTextFields;
  interpretation: Interpretation;
  changes: FieldChange[];
  fileID: string;
}

const MULTILINE_FIELDS: ReadonlySet<LicenseTextFieldName> = new Set(['business_scope', 'address']);

/** Builds the rows of the form. Fields a license of this kind does not print are left out unless filled. */
export function buildFormRows(recognized: LicenseTextFields, confirmed: LicenseTextFields, check: FormCheck): FormRow[] {
  const kind = check.interpretation.entityKind;
  const isRegistrationNumber = check.interpretation.creditCode?.kind === 'registration-number';
  const rows: FormRow[] = [];

  for (const field of FORM_FIELD_ORDER) {
    const value = confirmed[field] ?? '';
    const wasRecognized = (recognized[field] ?? '') !== '';
    if (!isExpectedField(field, kind) && !wasRecognized && value === '') {
      continue;
    }

    const issues = check.issues.filter((issue) => issue.field === field);
    rows.push({
      field,
      label: fieldLabel(field, kind, isRegistrationNumber),
      value,
      missing: !wasRecognized && isExpectedField(field, kind),
      edited: value !== (recognized[field] ?? ''),
      multiline: MULTILINE_FIELDS.has(field),
      issues,
      hasError: issues.some((issue) => issue.level === 'error'),
    });
  }
  return rows;
}

/** Lists the fields whose confirmed value differs from the recognised one, in form order. */
export function listChanges(recognized: LicenseTextFields, confirmed: LicenseTextFields): FieldChange[] {
  return FORM_FIELD_ORDER.filter((field) => (recognized[field] ?? '') !== (confirmed[field] ?? '')).map((field) => ({
    field,
    recognized: recognized[field] ?? '',
    confirmed: confirmed[field] ?? '',
  }));
}

/** Trims every value and drops empty fields, so that `confirm` carries only what the merchant filled. */
export function normalizeFields(fields: LicenseTextFields): LicenseTextFields {
  const result: LicenseTextFields = {};
  for (const field of FORM_FIELD_ORDER) {
    const value = (fields[field] ?? '').trim();
    if (value !== '') {
      result[field] = value;
    }
  }
  return result;
}

/** The reason `confirm` is blocked, or undefined when it may be sent. */
export type ConfirmBlock =
  | { reason: 'field-error'; message: string }
  | { reason: 'credit-code-unacknowledged'; message: string }
  | undefined;

/**
 * Decides whether `confirm` may be sent. An error-level issue (an empty 名称 or credit code) always
 * blocks. A credit code that fails its check blocks until the merchant fixes it or acknowledges
 * that exact value, because some codes issued before 2016 really fail the check.
 */
export function findConfirmBlock(check: FormCheck, creditCode: string, acknowledgedCreditCode: string | undefined): ConfirmBlock {
  const error = check.issues.find((issue) => issue.level === 'error');
  if (error) {
    return { reason: 'field-error', message: error.message };
  }

  if (check.creditCodeFailsCheck && acknowledgedCreditCode !== creditCode) {
    return {
      reason: 'credit-code-unacknowledged',
      message: '统一社会信用代码未通过校验，请逐位核对后修改，或勾选“已核对，与执照一致”后再提交。',
    };
  }
  return undefined;
}

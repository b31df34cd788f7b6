/**
 * The confirm form's checks, run as the merchant types. They come from the shared domain code in
 * src/license/ (bundled into lib/bizlicense.js), so the form judges a license exactly as the cloud
 * function and the offline engine do.
 */
import {
  Interpretation,
  LicenseTextFieldName,
  LicenseTextFields,
  todayInShanghai,
  validateLicenseForm,
} from '../lib/bizlicense';

/** One check result shown under a field. */
export interface FieldIssue {
  field: LicenseTextFieldName;
  level: 'error' | 'warning';
  code: string;
  message: string;
}

/** The checks of the whole form and the interpretation recomputed from the typed values. */
export interface FormCheck {
  issues: FieldIssue[];
  interpretation: Interpretation;
  /** Whether a credit code was typed and fails the GB 32100 or registration-number check. */
  creditCodeFailsCheck: boolean;
}

/**
 * Checks the form's values. `today` is `YYYY-MM-DD` in China's time zone, because licenses expire
 * by Chinese calendar days; it defaults to the phone clock's date in Asia/Shanghai.
 */
export function checkLicenseForm(fields: LicenseTextFields, today: string = todayInShanghai()): FormCheck {
  const validation = validateLicenseForm(fields, { today });
  const creditCode = validation.interpretation.creditCode;

  return {
    issues: validation.issues.map((issue) => ({
      field: issue.field,
      level: issue.level,
      code: issue.code,
      message: issue.message,
    })),
    interpretation: validation.interpretation,
    creditCodeFailsCheck: creditCode !== null && !creditCode.valid,
  };
}

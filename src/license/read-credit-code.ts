import { isValidUscc, normalizeCreditCode, repairUscc } from './credit-code';
import { CreditCodeReading } from './interpretation-schema';
import { isValidOrganizationCode } from './organization-code';
import { isValidRegistrationNumber, repairRegistrationNumber } from './registration-number';
import { splitUscc } from './uscc-parts';
import { WarningCode } from './warning-codes';

export interface CreditCodeResult {
  creditCode: CreditCodeReading | null;
  warnings: WarningCode[];
}

function readUscc(code: string): CreditCodeResult {
  const repaired = isValidUscc(code) ? null : repairUscc(code);
  const value = repaired ?? code;
  const valid = isValidUscc(value);
  const parts = splitUscc(value);
  const organizationCodeValid = isValidOrganizationCode(parts.organizationCode);

  const warnings: WarningCode[] = [];
  if (repaired !== null) {
    warnings.push('credit_code_repaired');
  }
  if (!valid) {
    warnings.push('credit_code_invalid');
  } else if (!organizationCodeValid) {
    warnings.push('organization_code_invalid');
  }

  return {
    creditCode: { value, kind: 'uscc', valid, repaired: repaired !== null, ...parts, organizationCodeValid },
    warnings,
  };
}

function readRegistrationNumber(code: string): CreditCodeResult {
  const repaired = isValidRegistrationNumber(code) ? null : repairRegistrationNumber(code);
  const value = repaired ?? code;
  const valid = isValidRegistrationNumber(value);

  const warnings: WarningCode[] = [];
  if (repaired !== null) {
    warnings.push('credit_code_repaired');
  }
  if (!valid) {
    warnings.push(/^[0-9]{15}$/.test(value) ? 'registration_number_invalid' : 'credit_code_malformed');
  }

  return {
    creditCode: {
      value,
      kind: 'registration-number',
      valid,
      repaired: repaired !== null,
      authorityCode: value.slice(0, 6),
    },
    warnings,
  };
}

/**
 * Reads the printed credit code (`reg_num`): normalises it, distinguishes a unified social credit code
 * from a 15-digit registration number by length, checks it, and repairs O/I/Z/S look-alikes when the
 * repaired code then passes. A failed check becomes a warning, never an exception.
 *
 * @example readCreditCode('91320621MA1MRHG205(1-1)').creditCode?.valid // true
 */
export function readCreditCode(text: string | undefined): CreditCodeResult {
  if (text === undefined || text.trim() === '') {
    return { creditCode: null, warnings: ['credit_code_missing'] };
  }

  const code = normalizeCreditCode(text);
  const alphanumeric = /^[0-9A-Z]+$/.test(code);
  if (alphanumeric && code.length === 18) {
    return readUscc(code);
  }
  if (alphanumeric && code.length === 15) {
    return readRegistrationNumber(code);
  }

  return {
    creditCode: { value: code, kind: 'unknown', valid: false, repaired: false },
    warnings: ['credit_code_malformed'],
  };
}

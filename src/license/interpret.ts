import { readCapital } from './capital';
import { addDays, isIsoDate, readLicenseDate } from './dates';
import { inferEntityKind } from './entity-kind';
import { Capital, Interpretation, ValidPeriod } from './interpretation-schema';
import { readValidPeriod } from './period';
import { readCreditCode } from './read-credit-code';
import { WARNING_CODES, WarningCode } from './warning-codes';
import { LicenseFields } from './wire-schema';

/** How many days before the end of the term `license_expiring_soon` is raised. */
export const EXPIRY_NOTICE_DAYS = 30;

export interface InterpretOptions {
  /** Today's date in Asia/Shanghai as `YYYY-MM-DD`, usually `todayInShanghai()`. */
  today: string;
}

function readRegisteredDate(text: string | undefined, today: string): {
  registeredDate: string | null;
  warnings: WarningCode[];
} {
  if (text === undefined || text.trim() === '') {
    return { registeredDate: null, warnings: [] };
  }

  const reading = readLicenseDate(text);
  if (!reading.ok) {
    return {
      registeredDate: null,
      warnings: [reading.reason === 'invalid' ? 'registered_date_invalid' : 'registered_date_unparsed'],
    };
  }

  const inFuture = reading.precision === 'day' ? reading.date > today : reading.date > today.slice(0, 7);
  return { registeredDate: reading.date, warnings: inFuture ? ['registered_date_in_future'] : [] };
}

/** Warnings that compare the term with itself and with today. ISO dates compare as strings. */
function periodWarnings(period: ValidPeriod | null, today: string): WarningCode[] {
  if (period === null) {
    return [];
  }

  const warnings: WarningCode[] = [];
  if (period.start !== null && period.end !== null && period.end < period.start) {
    warnings.push('valid_period_end_before_start');
  }
  if (period.end !== null && period.end < today) {
    warnings.push('license_expired');
  } else if (period.end !== null && period.end <= addDays(today, EXPIRY_NOTICE_DAYS)) {
    warnings.push('license_expiring_soon');
  }
  return warnings;
}

function capitalWarnings(registered: Capital | null, paidIn: Capital | null): WarningCode[] {
  if (registered === null || paidIn === null || registered.currency !== paidIn.currency) {
    return [];
  }
  return paidIn.amount > registered.amount ? ['paid_in_capital_exceeds_registered'] : [];
}

/** Orders warnings as the registry lists them and drops repeats, so output is stable. */
function sortWarnings(warnings: readonly WarningCode[]): WarningCode[] {
  const present = new Set(warnings);
  return (Object.keys(WARNING_CODES) as WarningCode[]).filter((code) => present.has(code));
}

/**
 * Interprets the wire fields of a recognised license: checks the credit code, converts dates to ISO,
 * parses the business term and the capital, decides the kind of entity, and lists warning codes.
 * It is a pure function of the fields and `today`, so every route interprets identically. Problems
 * in the fields become warnings; it throws only when `today` is not a `YYYY-MM-DD` date.
 *
 * @example
 * interpretLicense({ reg_num: '91320621MA1MRHG205', valid_period: '2018年1月1日至长期' }, { today: '2026-12-05' })
 *   .validPeriod // { start: '2018-01-01', end: null, longTerm: true }
 */
export function interpretLicense(fields: LicenseFields, options: InterpretOptions): Interpretation {
  const { today } = options;
  if (!isIsoDate(today)) {
    throw new RangeError(`interpretLicense needs options.today as YYYY-MM-DD, got ${JSON.stringify(today)}`);
  }

  const credit = readCreditCode(fields.reg_num);
  const registered = readRegisteredDate(fields.registered_date, today);
  const fullRegisteredDate = registered.registeredDate?.length === 10 ? registered.registeredDate : null;
  const period = readValidPeriod(fields.valid_period, { registeredDate: fullRegisteredDate });
  const registeredCapital = readCapital(fields.registered_capital);
  const paidInCapital = readCapital(fields.paid_in_capital);
  const entity = inferEntityKind({
    typeOfEnterprise: fields.type_of_enterprise,
    typeOfOrganization: fields.type_of_organization,
    creditCode: credit.creditCode,
  });

  const warnings: WarningCode[] = [
    ...credit.warnings,
    ...registered.warnings,
    ...period.warnings,
    ...periodWarnings(period.validPeriod, today),
    ...(registeredCapital.unparsed ? (['registered_capital_unparsed'] as const) : []),
    ...(paidInCapital.unparsed ? (['paid_in_capital_unparsed'] as const) : []),
    ...capitalWarnings(registeredCapital.capital, paidInCapital.capital),
    ...(entity.mismatch ? (['entity_kind_mismatch'] as const) : []),
  ];

  return {
    creditCode: credit.creditCode,
    registeredDate: registered.registeredDate,
    validPeriod: period.validPeriod,
    registeredCapital: registeredCapital.capital,
    paidInCapital: paidInCapital.capital,
    entityKind: entity.kind,
    warnings: sortWarnings(warnings),
  };
}

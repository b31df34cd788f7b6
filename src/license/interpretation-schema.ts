import { z } from 'zod';

import { WARNING_CODES, WarningCode } from './warning-codes';

/** A calendar date `YYYY-MM-DD`. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** A calendar month `YYYY-MM`, for licenses that print only year and month. */
export const isoMonthSchema = z.string().regex(/^\d{4}-\d{2}$/, 'expected a month as YYYY-MM');

/** A code and its Chinese name, as GB 32100 lists them; the name is null for codes it does not list. */
export const namedCodeSchema = z.object({
  code: z.string(),
  name: z.string().nullable(),
});

/** A unified social credit code and its parts (GB 32100). */
export const usccReadingSchema = z.object({
  value: z.string(),
  kind: z.literal('uscc'),
  valid: z.boolean(),
  repaired: z.boolean(),
  /** Position 1: the registering department, such as 9 工商（市场监管）. */
  department: namedCodeSchema,
  /** Positions 1–2: the category within the department, such as 92 个体工商户. */
  category: namedCodeSchema,
  /** Positions 3–8: the administrative division code (GB/T 2260) of the registering authority. */
  divisionCode: z.string(),
  /** Positions 9–17: the organisation code (GB 11714). */
  organizationCode: z.string(),
  organizationCodeValid: z.boolean(),
  /** Position 18. */
  checkChar: z.string(),
});

/** A 15-digit registration number (注册号) from before the unified code. */
export const registrationNumberReadingSchema = z.object({
  value: z.string(),
  kind: z.literal('registration-number'),
  valid: z.boolean(),
  repaired: z.boolean(),
  /** Digits 1–6: the code of the registering authority. */
  authorityCode: z.string(),
});

/** Text in the credit-code field that is neither a unified code nor a registration number. */
export const unknownCodeReadingSchema = z.object({
  value: z.string(),
  kind: z.literal('unknown'),
  valid: z.literal(false),
  repaired: z.literal(false),
});

export const creditCodeReadingSchema = z.discriminatedUnion('kind', [
  usccReadingSchema,
  registrationNumberReadingSchema,
  unknownCodeReadingSchema,
]);

/**
 * The business term. `end` is null and `longTerm` true for 长期, 永久 and other open ends. `start` or
 * `end` is also null where the text does not give a full date.
 */
export const validPeriodSchema = z.object({
  start: isoDateSchema.nullable(),
  end: isoDateSchema.nullable(),
  longTerm: z.boolean(),
});

/** ISO 4217 codes of the currencies that licenses name in Chinese. */
export const CURRENCY_CODES = [
  'CNY',
  'USD',
  'EUR',
  'HKD',
  'JPY',
  'GBP',
  'AUD',
  'CAD',
  'SGD',
  'CHF',
  'MOP',
  'TWD',
  'KRW',
] as const;

export const currencyCodeSchema = z.enum(CURRENCY_CODES);

/** A capital amount in units of its currency (yuan, dollars …), exact to the cent. */
export const capitalSchema = z.object({
  amount: z.number().nonnegative(),
  currency: currencyCodeSchema,
  /** The text as printed, trimmed. */
  text: z.string(),
});

export const ENTITY_KINDS = [
  'company',
  'individual-business',
  'partnership',
  'branch',
  'sole-proprietorship',
  'cooperative',
  'other',
] as const;

export const entityKindSchema = z.enum(ENTITY_KINDS);

const warningCodeList = Object.keys(WARNING_CODES) as [WarningCode, ...WarningCode[]];

/** A code from the warnings registry; see {@link lookupWarning} for its Chinese message. */
export const warningCodeSchema = z.enum(warningCodeList);

/**
 * The interpretation of the wire fields: checked credit code, ISO dates, the parsed business term
 * and capital, the kind of entity and warning codes. It sits under the key `interpretation` of a
 * successful reply.
 */
export const interpretationSchema = z.object({
  creditCode: creditCodeReadingSchema.nullable(),
  registeredDate: z.union([isoDateSchema, isoMonthSchema]).nullable(),
  validPeriod: validPeriodSchema.nullable(),
  registeredCapital: capitalSchema.nullable(),
  paidInCapital: capitalSchema.nullable(),
  entityKind: entityKindSchema,
  /**
   * Codes from the warnings registry. The schema accepts any string so that a client bundled with an
   * older registry still accepts a reply from a newer server; `interpretLicense` emits registered codes only.
   */
  warnings: z.array(z.string()),
});

export type UsccReading = z.infer<typeof usccReadingSchema>;
export type RegistrationNumberReading = z.infer<typeof registrationNumberReadingSchema>;
export type UnknownCodeReading = z.infer<typeof unknownCodeReadingSchema>;
export type CreditCodeReading = z.infer<typeof creditCodeReadingSchema>;
export type ValidPeriod = z.infer<typeof validPeriodSchema>;
export type CurrencyCode = z.infer<typeof currencyCodeSchema>;
export type Capital = z.infer<typeof capitalSchema>;
export type EntityKind = z.infer<typeof entityKindSchema>;
export type Interpretation = z.infer<typeof interpretationSchema>;

import {
  interpretLicense,
  LICENSE_TEXT_FIELDS,
  LicenseFields,
  listWarningCodes,
  lookupWarning,
  WARNING_CODES,
  WarningCode,
  warningCodeSchema,
} from '../../src/license';

const TODAY = '2026-12-05';

/**
 * One license per warning code that makes interpretLicense raise it. The registry test below fails
 * when a code is added without an input here, so every code stays reachable.
 */
const TRIGGERS: Record<WarningCode, LicenseFields> = {
  credit_code_missing: {},
  credit_code_malformed: { reg_num: '9132062' },
  credit_code_invalid: { reg_num: '91320621MA1MRHG207' },
  credit_code_repaired: { reg_num: '9132O621MA1MRHG2O5' },
  organization_code_invalid: { reg_num: '91110000600037342P' },
  registration_number_invalid: { reg_num: '110108000000017' },
  registered_date_unparsed: { registered_date: '去年' },
  registered_date_invalid: { registered_date: '2015年16月16日' },
  registered_date_in_future: { registered_date: '2030年1月1日' },
  valid_period_unparsed: { valid_period: '下个月' },
  valid_period_date_invalid: { valid_period: '2015年16月16日至长期' },
  valid_period_partial: { valid_period: '2030年1月1日' },
  valid_period_end_before_start: { valid_period: '2030年1月1日至2029年1月1日' },
  license_expired: { valid_period: '2018年1月1日至2020年1月1日' },
  license_expiring_soon: { valid_period: '2018年1月1日至2026年12月31日' },
  registered_capital_unparsed: { registered_capital: '若干' },
  paid_in_capital_unparsed: { paid_in_capital: '若干' },
  paid_in_capital_exceeds_registered: { registered_capital: '100万', paid_in_capital: '200万' },
  entity_kind_mismatch: { reg_num: '91320621MA1MRHG205', type_of_enterprise: '个体工商户' },
};

describe('warning registry', () => {
  test.each(Object.keys(WARNING_CODES) as WarningCode[])('%s is reachable', (code) => {
    expect(interpretLicense(TRIGGERS[code], { today: TODAY }).warnings).toContain(code);
  });

  test('every code has a Chinese message', () => {
    for (const entry of listWarningCodes()) {
      expect(entry.message).toMatch(/[\u4e00-\u9fff]/u);
      expect(entry.message).toMatch(/。$/u);
      expect(entry.code).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
    }
  });

  test('every code names a wire field', () => {
    for (const entry of listWarningCodes()) {
      expect(LICENSE_TEXT_FIELDS).toContain(entry.field);
    }
  });

  test('entries carry their own code', () => {
    for (const [code, entry] of Object.entries(WARNING_CODES)) {
      expect(entry.code).toBe(code);
      expect(Object.isFrozen(entry)).toBe(true);
    }
  });

  test('registry is frozen', () => {
    expect(Object.isFrozen(WARNING_CODES)).toBe(true);
  });

  test('lookup', () => {
    expect(lookupWarning('license_expired')).toEqual({
      code: 'license_expired',
      field: 'valid_period',
      message: '营业执照已超过营业期限，请上传最新的营业执照。',
    });
    expect(lookupWarning('not_a_code')).toBeUndefined();
    expect(lookupWarning('toString')).toBeUndefined();
  });

  test('schema lists every code', () => {
    expect(warningCodeSchema.options).toEqual(Object.keys(WARNING_CODES));
  });
});

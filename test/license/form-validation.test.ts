import { groupIssuesByField, LicenseTextFields, validateLicenseForm } from '../../src/license';

const TODAY = '2026-12-05';

const COMPLETE: LicenseTextFields = {
  enterprise_name: '杭州示例科技有限公司',
  reg_num: '91330110MA2AXY0E7F',
  type_of_enterprise: '有限责任公司(自然人投资或控股)',
  registered_capital: '500万元',
  registered_date: '2018年1月1日',
  valid_period: '2018年1月1日至长期',
};

describe('validateLicenseForm', () => {
  test('complete form passes', () => {
    const result = validateLicenseForm(COMPLETE, { today: TODAY });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.interpretation.entityKind).toBe('company');
  });

  test('empty required fields are errors', () => {
    const result = validateLicenseForm({ ...COMPLETE, enterprise_name: ' ', reg_num: '' }, { today: TODAY });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      { field: 'enterprise_name', level: 'error', code: 'field_required', message: '请填写名称。' },
      { field: 'reg_num', level: 'error', code: 'field_required', message: '请填写统一社会信用代码。' },
    ]);
  });

  test('failed check is a warning', () => {
    const result = validateLicenseForm({ ...COMPLETE, reg_num: '91320621MA1MRHG207' }, { today: TODAY });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      {
        field: 'reg_num',
        level: 'warning',
        code: 'credit_code_invalid',
        message: '统一社会信用代码校验位不符，可能识别有误，请与执照逐位核对；部分 2016 年前发放的代码也可能如此。',
      },
    ]);
  });

  test('repair suggests the code', () => {
    const result = validateLicenseForm({ ...COMPLETE, reg_num: '9I33OII0MA2AXYOE7F' }, { today: TODAY });
    expect(result.issues).toEqual([
      {
        field: 'reg_num',
        level: 'warning',
        code: 'credit_code_repaired',
        message: '统一社会信用代码不含字母 O、I、Z、S，应为数字 0、1、2、5，建议改为 91330110MA2AXY0E7F。',
      },
    ]);
  });

  test('malformed code is an error', () => {
    const result = validateLicenseForm({ ...COMPLETE, reg_num: '9133011' }, { today: TODAY });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.field, issue.level, issue.code])).toEqual([
      ['reg_num', 'error', 'credit_code_malformed'],
    ]);
  });

  test('impossible date is an error', () => {
    const result = validateLicenseForm({ ...COMPLETE, registered_date: '2015年16月16日' }, { today: TODAY });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.field, issue.level, issue.code])).toEqual([
      ['registered_date', 'error', 'registered_date_invalid'],
    ]);
  });

  test('expired license is an error', () => {
    const result = validateLicenseForm({ ...COMPLETE, valid_period: '2018年1月1日至2026年1月1日' }, { today: TODAY });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        field: 'valid_period',
        level: 'error',
        code: 'license_expired',
        message: '营业执照已超过营业期限，请上传最新的营业执照。',
      },
    ]);
  });

  test('expiring soon is a warning', () => {
    const result = validateLicenseForm({ ...COMPLETE, valid_period: '2018年1月1日至2026年12月31日' }, { today: TODAY });
    expect(result.ok).toBe(true);
    expect(result.issues.map((issue) => [issue.level, issue.code])).toEqual([['warning', 'license_expiring_soon']]);
  });

  test('unreadable capital is a warning', () => {
    const result = validateLicenseForm({ ...COMPLETE, registered_capital: '若干' }, { today: TODAY });
    expect(result.ok).toBe(true);
    expect(result.issues.map((issue) => [issue.field, issue.level, issue.code])).toEqual([
      ['registered_capital', 'warning', 'registered_capital_unparsed'],
    ]);
  });

  test('custom required fields', () => {
    const result = validateLicenseForm(
      { enterprise_name: '示例', legal_representative: '' },
      { today: TODAY, requiredFields: ['enterprise_name', 'legal_representative'] },
    );
    // With reg_num not required, its absence is reported as the interpretation's warning.
    expect(result.issues.map((issue) => [issue.field, issue.level, issue.code])).toEqual([
      ['legal_representative', 'error', 'field_required'],
      ['reg_num', 'warning', 'credit_code_missing'],
    ]);
  });

  test('interpretation matches the typed values', () => {
    const result = validateLicenseForm({ ...COMPLETE, registered_capital: '人民币壹仟万元整' }, { today: TODAY });
    expect(result.interpretation.registeredCapital).toEqual({
      amount: 10_000_000,
      currency: 'CNY',
      text: '人民币壹仟万元整',
    });
  });
});

describe('groupIssuesByField', () => {
  test('groups in order', () => {
    const result = validateLicenseForm(
      { enterprise_name: '', reg_num: '91320621MA1MRHG207', valid_period: '下个月' },
      { today: TODAY },
    );
    const grouped = groupIssuesByField(result.issues);
    expect(Object.keys(grouped)).toEqual(['enterprise_name', 'reg_num', 'valid_period']);
    expect(grouped.reg_num?.map((issue) => issue.code)).toEqual(['credit_code_invalid']);
    expect(grouped.valid_period?.map((issue) => issue.code)).toEqual(['valid_period_unparsed']);
  });
});

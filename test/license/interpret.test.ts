import {
  computeUsccCheckChar,
  Interpretation,
  interpretationSchema,
  interpretLicense,
  LicenseFields,
  licenseFieldsFromSdkReply,
  todayInShanghai,
} from '../../src/license';

/** The example reply in WeChat's bizlicense documentation, with errcode and errmsg removed. */
const WECHAT_SAMPLE: LicenseFields = {
  reg_num: '123123',
  serial: '123123',
  legal_representative: '张三',
  enterprise_name: 'XX饮食店',
  type_of_organization: '个人经营',
  address: 'XX市XX区XX路XX号',
  type_of_enterprise: 'xxx',
  business_scope: '中型餐馆(不含凉菜、不含裱花蛋糕,不含生食海产品)。',
  registered_capital: '200万',
  paid_in_capital: '200万',
  valid_period: '2019年1月1日',
  registered_date: '2018年1月1日',
  cert_position: {
    pos: {
      left_top: { x: 155, y: 191 },
      right_top: { x: 725, y: 157 },
      right_bottom: { x: 743, y: 512 },
      left_bottom: { x: 164, y: 525 },
    },
  },
  img_size: { w: 966, h: 728 },
};

/** A well-formed company license, valid in December 2026. */
const COMPANY: LicenseFields = {
  reg_num: '91330110MA2AXY0E7F',
  enterprise_name: '杭州示例科技有限公司',
  type_of_enterprise: '有限责任公司(自然人投资或控股)',
  legal_representative: '李四',
  registered_capital: '人民币伍佰万元整',
  valid_period: '2018年01月01日至2038年12月31日',
  registered_date: '2018年01月01日',
};

const TODAY = '2026-12-05';

describe('interpretLicense', () => {
  test('WeChat sample reply', () => {
    const expected: Interpretation = {
      creditCode: { value: '123123', kind: 'unknown', valid: false, repaired: false },
      registeredDate: '2018-01-01',
      validPeriod: { start: '2018-01-01', end: '2019-01-01', longTerm: false },
      registeredCapital: { amount: 2_000_000, currency: 'CNY', text: '200万' },
      paidInCapital: { amount: 2_000_000, currency: 'CNY', text: '200万' },
      entityKind: 'individual-business',
      warnings: ['credit_code_malformed', 'valid_period_partial', 'license_expired'],
    };
    expect(interpretLicense(WECHAT_SAMPLE, { today: TODAY })).toEqual(expected);
  });

  test('company license', () => {
    expect(interpretLicense(COMPANY, { today: TODAY })).toEqual({
      creditCode: {
        value: '91330110MA2AXY0E7F',
        kind: 'uscc',
        valid: true,
        repaired: false,
        department: { code: '9', name: '工商（市场监管）' },
        category: { code: '91', name: '企业' },
        divisionCode: '330110',
        organizationCode: 'MA2AXY0E7',
        organizationCodeValid: true,
        checkChar: 'F',
      },
      registeredDate: '2018-01-01',
      validPeriod: { start: '2018-01-01', end: '2038-12-31', longTerm: false },
      registeredCapital: { amount: 5_000_000, currency: 'CNY', text: '人民币伍佰万元整' },
      paidInCapital: null,
      entityKind: 'company',
      warnings: [],
    });
  });

  test('output matches the schema', () => {
    for (const fields of [WECHAT_SAMPLE, COMPANY, {}]) {
      const interpretation = interpretLicense(fields, { today: TODAY });
      expect(interpretationSchema.parse(interpretation)).toEqual(interpretation);
    }
  });

  test('empty reply', () => {
    expect(interpretLicense({}, { today: TODAY })).toEqual({
      creditCode: null,
      registeredDate: null,
      validPeriod: null,
      registeredCapital: null,
      paidInCapital: null,
      entityKind: 'other',
      warnings: ['credit_code_missing'],
    });
  });

  test('SDK camelCase reply', () => {
    const sdkReply = {
      errCode: 0,
      errMsg: 'openapi.ocr.businessLicense:ok',
      regNum: '91320621MA1MRHG205',
      validPeriod: '2018年1月1日至长期',
      registeredDate: '2018年1月1日',
    };
    const interpretation = interpretLicense(licenseFieldsFromSdkReply(sdkReply), { today: TODAY });
    expect(interpretation.creditCode?.valid).toBe(true);
    expect(interpretation.validPeriod).toEqual({ start: '2018-01-01', end: null, longTerm: true });
    expect(interpretation.warnings).toEqual([]);
  });

  test.each(['2026/12/05', '2026-13-01', '', 'today'])('rejects today %p', (today) => {
    expect(() => interpretLicense(COMPANY, { today })).toThrow(/options\.today/);
  });
});

describe('expiry', () => {
  const fields = (validPeriod: string): LicenseFields => ({ ...COMPANY, valid_period: validPeriod });

  test.each([
    ['2018年1月1日至2026年12月4日', ['license_expired']],
    ['2018年1月1日至2026年12月5日', ['license_expiring_soon']],
    ['2018年1月1日至2027年1月4日', ['license_expiring_soon']],
    ['2018年1月1日至2027年1月5日', []],
    ['2018年1月1日至长期', []],
  ])('%s on 2026-12-05', (period, warnings) => {
    expect(interpretLicense(fields(period), { today: TODAY }).warnings).toEqual(warnings);
  });

  test('expiry follows the Shanghai day', () => {
    // At 2026-12-04 15:59:59 UTC it is still 2026-12-04, the last valid day, in Shanghai. At 16:00 UTC
    // it is 2026-12-05 there, although the UTC date is still 2026-12-04.
    const period = fields('2018年1月1日至2026年12月4日');
    const lastEvening = todayInShanghai(new Date('2026-12-04T15:59:59Z'));
    const nextMorning = todayInShanghai(new Date('2026-12-04T16:00:00Z'));
    expect(interpretLicense(period, { today: lastEvening }).warnings).toEqual(['license_expiring_soon']);
    expect(interpretLicense(period, { today: nextMorning }).warnings).toEqual(['license_expired']);
  });

  test('end before start', () => {
    expect(interpretLicense(fields('2030年1月1日至2020年1月1日'), { today: TODAY }).warnings).toEqual([
      'valid_period_end_before_start',
      'license_expired',
    ]);
  });
});

describe('interpretLicense warnings', () => {
  test('registered date in future', () => {
    const result = interpretLicense({ ...COMPANY, registered_date: '2027年1月1日' }, { today: TODAY });
    expect(result.warnings).toEqual(['registered_date_in_future']);
  });

  test('impossible registered date', () => {
    const result = interpretLicense({ ...COMPANY, registered_date: '2015年16月16日' }, { today: TODAY });
    expect(result.registeredDate).toBeNull();
    expect(result.warnings).toEqual(['registered_date_invalid']);
  });

  test('month-only registered date', () => {
    const result = interpretLicense(
      { ...COMPANY, registered_date: '1998年11月', valid_period: '长期' },
      { today: TODAY },
    );
    expect(result.registeredDate).toBe('1998-11');
    // A month is not a start date, so the term keeps its start open.
    expect(result.validPeriod).toEqual({ start: null, end: null, longTerm: true });
    expect(result.warnings).toEqual([]);
  });

  test('unparsed registered date', () => {
    const result = interpretLicense({ ...COMPANY, registered_date: '去年' }, { today: TODAY });
    expect(result.warnings).toEqual(['registered_date_unparsed']);
  });

  test('capital warnings', () => {
    const result = interpretLicense(
      { ...COMPANY, registered_capital: '若干', paid_in_capital: '一些' },
      { today: TODAY },
    );
    expect(result.registeredCapital).toBeNull();
    expect(result.warnings).toEqual(['registered_capital_unparsed', 'paid_in_capital_unparsed']);
  });

  test('paid-in above registered', () => {
    const result = interpretLicense({ ...COMPANY, paid_in_capital: '600万元' }, { today: TODAY });
    expect(result.warnings).toEqual(['paid_in_capital_exceeds_registered']);
  });

  test('paid-in in another currency', () => {
    const result = interpretLicense({ ...COMPANY, paid_in_capital: '600万美元' }, { today: TODAY });
    expect(result.warnings).toEqual([]);
  });

  test('entity kind mismatch', () => {
    const body = '92330110MA2AXY0E7';
    const result = interpretLicense(
      { ...COMPANY, reg_num: body + computeUsccCheckChar(body) },
      { today: TODAY },
    );
    expect(result.entityKind).toBe('company');
    expect(result.warnings).toEqual(['entity_kind_mismatch']);
  });

  test('repaired code', () => {
    const result = interpretLicense({ ...COMPANY, reg_num: '9I33OII0MA2AXYOE7F' }, { today: TODAY });
    expect(result.creditCode).toMatchObject({ value: '91330110MA2AXY0E7F', valid: true, repaired: true });
    expect(result.warnings).toEqual(['credit_code_repaired']);
  });

  test('invalid code', () => {
    const result = interpretLicense({ ...COMPANY, reg_num: '91320621MA1MRHG207' }, { today: TODAY });
    expect(result.creditCode?.valid).toBe(false);
    expect(result.warnings).toEqual(['credit_code_invalid']);
  });
});

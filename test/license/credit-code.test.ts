import {
  computeOrganizationCodeCheckChar,
  computeUsccCheckChar,
  isValidOrganizationCode,
  isValidUscc,
  normalizeCreditCode,
  readCreditCode,
  repairUscc,
  splitUscc,
} from '../../src/license';

describe('isValidUscc', () => {
  test.each([
    ['91320621MA1MRHG205', true],
    ['91110000600037341L', true],
    ['91330110MA2AXY0E7F', true],
    ['91320621MA1MRHG207', false],
    ['111111111111111111', false],
    ['91320621MA1MRHG20', false],
    ['91320621MA1MRHG2055', false],
    ['9132062IMA1MRHG205', false],
    ['913A0621MA1MRHG205', false],
    ['91320621ma1mrhg205', false],
  ])('%s is %s', (code, expected) => {
    expect(isValidUscc(code)).toBe(expected);
  });
});

describe('computeUsccCheckChar', () => {
  test.each([
    ['91320621MA1MRHG20', '5'],
    ['91110000600037341', 'L'],
    ['91330110MA2AXY0E7', 'F'],
    ['11111111111111111', '5'],
  ])('%s gets %s', (body, expected) => {
    expect(computeUsccCheckChar(body)).toBe(expected);
  });

  test('remainder 0 maps to 0', () => {
    // The body sums to a multiple of 31, so (31 - 0) mod 31 = 0 gives '0', not an index past the end.
    expect(computeUsccCheckChar('00000000000000000')).toBe('0');
  });

  test('rejects forbidden letters', () => {
    expect(computeUsccCheckChar('9132062OMA1MRHG20')).toBeNull();
  });

  test('rejects wrong length', () => {
    expect(computeUsccCheckChar('9132062')).toBeNull();
  });
});

describe('organization code', () => {
  test.each([
    ['60003734', '1'],
    ['MA1MRHG2', '0'],
    ['MA2AXY0E', '7'],
  ])('%s gets %s', (body, expected) => {
    expect(computeOrganizationCodeCheckChar(body)).toBe(expected);
  });

  test('check 10 is X and 11 is 0', () => {
    // 00000001 sums to 1·2 = 2, so the check is 11 - 2 = 9.
    expect(computeOrganizationCodeCheckChar('00000001')).toBe('9');
    // 00000000 sums to 0, so the check 11 - 0 = 11 is written 0.
    expect(computeOrganizationCodeCheckChar('00000000')).toBe('0');
    // 00000102 sums to 1·8 + 2·2 = 12, 12 mod 11 = 1, so the check 10 is written X.
    expect(computeOrganizationCodeCheckChar('00000102')).toBe('X');
  });

  test('accepts the hyphenated form', () => {
    expect(isValidOrganizationCode('60003734-1')).toBe(true);
    expect(isValidOrganizationCode('60003734-2')).toBe(false);
  });
});

describe('repairUscc', () => {
  test.each([
    ['9132O621MA1MRHG2O5', '91320621MA1MRHG205'],
    ['9I320621MA1MRHG205', '91320621MA1MRHG205'],
    ['91320621MA1MRHGZ05', '91320621MA1MRHG205'],
    ['9III0000600037341L', '91110000600037341L'],
    ['91330110MA2AXY0E7F', null],
    ['91320621MA1MRHG2O7', null],
    ['9132062', null],
  ])('%s repairs to %s', (code, expected) => {
    expect(repairUscc(code)).toBe(expected);
  });

  test('S becomes 5', () => {
    const body = '9132062SMA1MRHG20'.replace('S', '5');
    const check = computeUsccCheckChar(body)!;
    expect(repairUscc(`9132062SMA1MRHG20${check}`)).toBe(`${body}${check}`);
  });
});

describe('normalizeCreditCode', () => {
  test.each([
    ['91320621MA1MRHG205(1-1)', '91320621MA1MRHG205'],
    ['91320621MA1MRHG205（1/3）', '91320621MA1MRHG205'],
    ['９１３２０６２１ＭＡ１ＭＲＨＧ２０５', '91320621MA1MRHG205'],
    [' 9132 0621 MA1M RHG2 05 ', '91320621MA1MRHG205'],
    ['91320621ma1mrhg205', '91320621MA1MRHG205'],
    ['91320621MA1MRHG205副本(2-3)', '91320621MA1MRHG205'],
    ['91320621MA1MRHG205（副本）', '91320621MA1MRHG205'],
    ['统一社会信用代码：91320621MA1MRHG205', '91320621MA1MRHG205'],
    ['110108000000016 (1-1)', '110108000000016'],
  ])('%s becomes %s', (text, expected) => {
    expect(normalizeCreditCode(text)).toBe(expected);
  });
});

describe('splitUscc', () => {
  test('names department and category', () => {
    expect(splitUscc('91320621MA1MRHG205')).toEqual({
      department: { code: '9', name: '工商（市场监管）' },
      category: { code: '91', name: '企业' },
      divisionCode: '320621',
      organizationCode: 'MA1MRHG20',
      checkChar: '5',
    });
  });

  test.each([
    ['92', '个体工商户'],
    ['93', '农民专业合作社'],
    ['51', '社会团体'],
    ['12', '事业单位'],
    ['Y1', '其他'],
    ['94', null],
  ])('category %s is %s', (prefix, name) => {
    expect(splitUscc(`${prefix}320621MA1MRHG205`).category).toEqual({ code: prefix, name });
  });

  test('unknown department has no name', () => {
    expect(splitUscc('B1320621MA1MRHG205').department).toEqual({ code: 'B', name: null });
  });
});

describe('readCreditCode', () => {
  test('valid code with copy suffix', () => {
    const result = readCreditCode('91110000600037341L（1-1）');
    expect(result.warnings).toEqual([]);
    expect(result.creditCode).toEqual({
      value: '91110000600037341L',
      kind: 'uscc',
      valid: true,
      repaired: false,
      department: { code: '9', name: '工商（市场监管）' },
      category: { code: '91', name: '企业' },
      divisionCode: '110000',
      organizationCode: '600037341',
      organizationCodeValid: true,
      checkChar: 'L',
    });
  });

  test('failed check is a warning', () => {
    const result = readCreditCode('91320621MA1MRHG207');
    expect(result.creditCode?.valid).toBe(false);
    expect(result.creditCode?.value).toBe('91320621MA1MRHG207');
    expect(result.warnings).toEqual(['credit_code_invalid']);
  });

  test('all ones fail the check', () => {
    const result = readCreditCode('111111111111111111');
    expect(result.creditCode?.kind).toBe('uscc');
    expect(result.creditCode?.valid).toBe(false);
    expect(result.warnings).toEqual(['credit_code_invalid']);
  });

  test('repair is reported', () => {
    const result = readCreditCode('9132O621MA1MRHG2O5');
    expect(result.creditCode?.value).toBe('91320621MA1MRHG205');
    expect(result.creditCode?.valid).toBe(true);
    expect(result.creditCode?.repaired).toBe(true);
    expect(result.warnings).toEqual(['credit_code_repaired']);
  });

  test('unrepairable code keeps its reading', () => {
    const result = readCreditCode('9132O621MA1MRHG2O7');
    expect(result.creditCode?.value).toBe('9132O621MA1MRHG2O7');
    expect(result.creditCode?.repaired).toBe(false);
    expect(result.warnings).toEqual(['credit_code_invalid']);
  });

  test('embedded organisation code failure', () => {
    // Organisation code 600037342 fails GB 11714; the outer check character is recomputed to pass.
    const body = '91110000600037342';
    const code = `${body}${computeUsccCheckChar(body)}`;
    const result = readCreditCode(code);
    expect(result.creditCode?.valid).toBe(true);
    expect(result.creditCode).toMatchObject({ organizationCodeValid: false });
    expect(result.warnings).toEqual(['organization_code_invalid']);
  });

  test('registration number', () => {
    expect(readCreditCode('110108000000016')).toEqual({
      creditCode: {
        value: '110108000000016',
        kind: 'registration-number',
        valid: true,
        repaired: false,
        authorityCode: '110108',
      },
      warnings: [],
    });
  });

  test('invalid registration number', () => {
    const result = readCreditCode('110108000000017');
    expect(result.creditCode?.valid).toBe(false);
    expect(result.warnings).toEqual(['registration_number_invalid']);
  });

  test('repaired registration number', () => {
    const result = readCreditCode('11O1O8000000016');
    expect(result.creditCode).toMatchObject({ value: '110108000000016', valid: true, repaired: true });
    expect(result.warnings).toEqual(['credit_code_repaired']);
  });

  test.each(['9132062', '91320621MA1MRHG205X9', '9132-0621-MA1MRHG2', '营业执照'])('%s is malformed', (text) => {
    const result = readCreditCode(text);
    expect(result.creditCode?.kind).toBe('unknown');
    expect(result.creditCode?.valid).toBe(false);
    expect(result.warnings).toEqual(['credit_code_malformed']);
  });

  test.each([undefined, '', '   '])('%p is missing', (text) => {
    expect(readCreditCode(text)).toEqual({ creditCode: null, warnings: ['credit_code_missing'] });
  });
});

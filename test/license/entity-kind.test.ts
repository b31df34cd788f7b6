import { computeUsccCheckChar, inferEntityKind, readCreditCode } from '../../src/license';

/** Reads a code whose check character is computed, so the category is the only thing that varies. */
function validCode(body: string) {
  return readCreditCode(body + computeUsccCheckChar(body)).creditCode;
}

const company = validCode('91320621MA1MRHG20');
const individual = validCode('92320621MA1MRHG20');
const cooperative = validCode('93320621MA1MRHG20');

describe('inferEntityKind', () => {
  test.each([
    ['有限责任公司(自然人投资或控股)', 'company'],
    ['股份有限公司(上市、国有控股)', 'company'],
    ['有限责任公司(外国法人独资)', 'company'],
    ['其他有限责任公司', 'company'],
    ['有限责任公司分公司(自然人投资或控股)', 'branch'],
    ['个人独资企业分支机构', 'branch'],
    ['非公司企业法人分支机构', 'branch'],
    ['普通合伙企业', 'partnership'],
    ['有限合伙企业', 'partnership'],
    ['个人独资企业', 'sole-proprietorship'],
    ['个体工商户', 'individual-business'],
    ['农民专业合作社', 'cooperative'],
    ['全民所有制', 'other'],
    ['xxx', 'other'],
  ])('%s is %s', (type, kind) => {
    expect(inferEntityKind({ typeOfEnterprise: type, creditCode: null })).toEqual({ kind, mismatch: false });
  });

  test.each(['个人经营', '家庭经营'])('组成形式 %s is individual business', (organization) => {
    expect(inferEntityKind({ typeOfOrganization: organization, creditCode: null })).toEqual({
      kind: 'individual-business',
      mismatch: false,
    });
  });

  test('type wins over organisation form', () => {
    expect(inferEntityKind({ typeOfEnterprise: '个人独资企业', typeOfOrganization: '个人经营', creditCode: null }).kind).toBe(
      'sole-proprietorship',
    );
  });

  test('category 92 without type', () => {
    expect(individual?.valid).toBe(true);
    expect(inferEntityKind({ creditCode: individual })).toEqual({ kind: 'individual-business', mismatch: false });
  });

  test('category 93 without type', () => {
    expect(cooperative?.valid).toBe(true);
    expect(inferEntityKind({ creditCode: cooperative })).toEqual({ kind: 'cooperative', mismatch: false });
  });

  test('category 91 alone is other', () => {
    // 91 covers companies, partnerships and sole proprietorships alike, so it decides nothing.
    expect(inferEntityKind({ creditCode: company })).toEqual({ kind: 'other', mismatch: false });
  });

  test('category 92 with company type', () => {
    expect(inferEntityKind({ typeOfEnterprise: '有限责任公司', creditCode: individual })).toEqual({
      kind: 'company',
      mismatch: true,
    });
  });

  test('category 91 with individual type', () => {
    expect(inferEntityKind({ typeOfEnterprise: '个体工商户', creditCode: company })).toEqual({
      kind: 'individual-business',
      mismatch: true,
    });
  });

  test('matching category and type', () => {
    expect(inferEntityKind({ typeOfEnterprise: '个体工商户', creditCode: individual }).mismatch).toBe(false);
    expect(inferEntityKind({ typeOfEnterprise: '农民专业合作社', creditCode: cooperative }).mismatch).toBe(false);
    expect(inferEntityKind({ typeOfEnterprise: '有限责任公司', creditCode: company }).mismatch).toBe(false);
  });

  test('invalid code category is ignored', () => {
    const invalid = readCreditCode('92320621MA1MRHG209').creditCode;
    expect(invalid?.valid).toBe(false);
    expect(inferEntityKind({ typeOfEnterprise: '有限责任公司', creditCode: invalid })).toEqual({
      kind: 'company',
      mismatch: false,
    });
    expect(inferEntityKind({ creditCode: invalid })).toEqual({ kind: 'other', mismatch: false });
  });
});

/**
 * The truth of generated licenses: which wire fields each layout and entity prints, the labels used,
 * value formats, and credit codes that pass or fail their check exactly as the spec asks.
 */
import { buildLicenseContent } from '../../bench/generator/content';
import { Random } from '../../bench/generator/random';
import {
  ENTITY_KINDS,
  LICENSE_LAYOUTS,
  layoutAllowsEntity,
  type EntityKind,
  type LicenseLayout,
  type SampleSpec,
} from '../../bench/generator/spec';
import { isValidUscc } from '../../src/license/credit-code';
import { isValidRegistrationNumber } from '../../src/license/registration-number';
import type { LicenseTextFieldName } from '../../src/license';

function contentFor(layout: LicenseLayout, entity: EntityKind, seed: number, wrongCheckChar = false) {
  const spec: SampleSpec = { id: 'test', seed, layout, entity, capture: 'clean', wrongCheckChar };
  return buildLicenseContent(spec, new Random(seed));
}

function expectedFields(layout: LicenseLayout, entity: EntityKind): LicenseTextFieldName[] {
  const fields: LicenseTextFieldName[] = ['reg_num', 'enterprise_name', 'legal_representative', 'business_scope', 'registered_date', 'address'];
  if (layout !== 'individual-2011') fields.push('type_of_enterprise');
  if (entity === 'individual') fields.push('type_of_organization');
  if (['company', 'joint-stock', 'partnership', 'cooperative'].includes(entity)) fields.push('registered_capital');
  if (entity !== 'individual') fields.push('valid_period');
  if (layout === 'horizontal-2019') fields.push('serial');
  return fields.sort();
}

const COMBINATIONS = LICENSE_LAYOUTS.flatMap((layout) =>
  ENTITY_KINDS.filter((entity) => layoutAllowsEntity(layout, entity)).map((entity) => [layout, entity] as const),
);

describe('buildLicenseContent', () => {
  test.each(COMBINATIONS)('%s %s truth has the printed fields', (layout, entity) => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const content = contentFor(layout, entity, seed);
      const fields = Object.keys(content.truth).filter((field) => field !== 'serial' || layout === 'horizontal-2019');
      expect(fields.sort()).toEqual(expectedFields(layout, entity));
      if (content.truth.serial !== undefined) {
        expect(content.serial).toBe(content.truth.serial);
        expect(layout === 'horizontal-2019' || layout === 'vertical-copy-2014').toBe(true);
      }
    }
  });

  test.each(COMBINATIONS)('%s %s truth equals the printed rows', (layout, entity) => {
    const content = contentFor(layout, entity, 7);
    for (const row of content.rows) {
      expect(content.truth[row.field]).toBe(row.value);
    }
    expect(content.truth.reg_num).toBe(content.code);
  });

  test('labels follow the entity kind', () => {
    const personLabel = (entity: EntityKind): string | undefined =>
      contentFor('horizontal-2019', entity, 3).rows.find((row) => row.field === 'legal_representative')?.label;
    expect(personLabel('company')).toBe('法定代表人');
    expect(personLabel('branch')).toBe('负责人');
    expect(personLabel('individual')).toBe('经营者');
    expect(personLabel('sole-proprietorship')).toBe('投资人');
    expect(personLabel('partnership')).toBe('执行事务合伙人');

    const labelOf = (layout: LicenseLayout, entity: EntityKind, field: LicenseTextFieldName): string | undefined =>
      contentFor(layout, entity, 3).rows.find((row) => row.field === field)?.label;
    expect(labelOf('horizontal-2019', 'partnership', 'address')).toBe('主要经营场所');
    expect(labelOf('horizontal-2019', 'partnership', 'valid_period')).toBe('合伙期限');
    expect(labelOf('horizontal-2019', 'partnership', 'registered_capital')).toBe('出资额');
    expect(labelOf('horizontal-2019', 'cooperative', 'registered_capital')).toBe('成员出资总额');
    expect(labelOf('horizontal-2019', 'branch', 'address')).toBe('营业场所');
    expect(labelOf('horizontal-2019', 'individual', 'registered_date')).toBe('注册日期');
    expect(labelOf('individual-2011', 'individual', 'registered_date')).toBe('发照日期');
  });

  test('credit codes pass the check unless a wrong one is asked for', () => {
    const prefixes: Record<EntityKind, string> = {
      company: '91',
      'joint-stock': '91',
      partnership: '91',
      branch: '91',
      'sole-proprietorship': '91',
      individual: '92',
      cooperative: '93',
    };
    for (const entity of ENTITY_KINDS) {
      for (let seed = 1; seed <= 40; seed += 1) {
        const valid = contentFor('horizontal-2019', entity, seed).truth.reg_num ?? '';
        const wrong = contentFor('vertical-copy-2014', entity, seed, true).truth.reg_num ?? '';
        expect(valid).toMatch(/^[0-9A-HJ-NP-RTUWXY]{18}$/);
        expect(valid.slice(0, 2)).toBe(prefixes[entity]);
        expect(isValidUscc(valid)).toBe(true);
        expect(wrong).toHaveLength(18);
        expect(isValidUscc(wrong)).toBe(false);
      }
    }
  });

  test('old individual licenses print a 15-digit registration number', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const content = contentFor('individual-2011', 'individual', seed);
      expect(content.codeLabel).toBe('注册号');
      expect(content.truth.reg_num).toMatch(/^\d{15}$/);
      expect(isValidRegistrationNumber(content.truth.reg_num ?? '')).toBe(true);
      expect(isValidRegistrationNumber(contentFor('individual-2011', 'individual', seed, true).truth.reg_num ?? '')).toBe(false);
    }
  });

  test('copy suffix stays out of reg_num', () => {
    let suffixes = 0;
    for (let seed = 1; seed <= 30; seed += 1) {
      const content = contentFor('vertical-copy-2014', 'company', seed);
      expect(content.copyMark).toBe('（副本）');
      if (content.codeSuffix) {
        suffixes += 1;
        expect(content.codeSuffix).toMatch(/^\(1[-/][1-3]\)$/);
        expect(content.truth.reg_num).toBe(content.code);
        expect(content.truth.reg_num).not.toContain('(');
      }
    }
    expect(suffixes).toBeGreaterThan(0);
  });

  test('values use the printed formats', () => {
    for (let seed = 1; seed <= 60; seed += 1) {
      const truth = contentFor('horizontal-2019', 'company', seed).truth;
      expect(truth.registered_date).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
      expect(truth.valid_period).toMatch(/^(长期|\d{4}年\d{1,2}月\d{1,2}日至(长期|\d{4}年\d{1,2}月\d{1,2}日))$/);
      expect(truth.registered_capital).toMatch(/^(人民币)?([0-9]+(\.0000)?|[零壹贰叁肆伍陆柒捌玖拾佰仟]+)万(元|圆|美元)?整?$/);
      expect(truth.business_scope).toMatch(/（依法须经批准的项目，经相关部门批准后方可开展经营活动[^（]*）$/);
      expect(truth.enterprise_name).toMatch(/(有限公司|有限责任公司)$/);
      const scopeLength = Array.from(truth.business_scope ?? '').length;
      expect(scopeLength).toBeGreaterThanOrEqual(80);
      expect(scopeLength).toBeLessThanOrEqual(300);
    }
  });

  test('same seed gives the same content', () => {
    expect(contentFor('horizontal-2019', 'partnership', 99)).toEqual(contentFor('horizontal-2019', 'partnership', 99));
    expect(contentFor('horizontal-2019', 'partnership', 99).truth).not.toEqual(contentFor('horizontal-2019', 'partnership', 100).truth);
  });
});

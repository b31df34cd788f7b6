import { CreditCodeReading, EntityKind } from './interpretation-schema';

/** The fields that tell what kind of entity a license belongs to. */
export interface EntityKindInput {
  typeOfEnterprise?: string;
  typeOfOrganization?: string;
  creditCode: CreditCodeReading | null;
}

/**
 * Text rules in order: the first that matches wins. Branches come first because their type names
 * the parent form (`有限责任公司分公司`, `个人独资企业分支机构`).
 */
const TEXT_RULES: ReadonlyArray<readonly [RegExp, EntityKind]> = [
  [/分公司|分支机构|分厂|分店|营业单位/u, 'branch'],
  [/个体|个人经营|家庭经营/u, 'individual-business'],
  [/合作社|合作联社/u, 'cooperative'],
  [/合伙/u, 'partnership'],
  [/个人独资/u, 'sole-proprietorship'],
  [/公司/u, 'company'],
];

/** Returns the kind that the category of a valid unified code (positions 1–2) fixes, if any. */
function kindFromCategory(creditCode: CreditCodeReading | null): EntityKind | null {
  if (creditCode?.kind !== 'uscc' || !creditCode.valid) {
    return null;
  }
  if (creditCode.category.code === '92') {
    return 'individual-business';
  }
  return creditCode.category.code === '93' ? 'cooperative' : null;
}

function kindFromText(text: string): EntityKind | null {
  const compact = text.normalize('NFKC').replace(/\s+/gu, '');
  for (const [pattern, kind] of TEXT_RULES) {
    if (pattern.test(compact)) {
      return kind;
    }
  }
  return null;
}

/**
 * Decides the kind of entity from 类型 (`type_of_enterprise`), 组成形式 (`type_of_organization`, printed
 * only for individual businesses) and the credit code's category (92 个体工商户, 93 农民专业合作社).
 * The printed type wins; `mismatch` is true when it contradicts a valid code's category.
 *
 * @example inferEntityKind({ typeOfEnterprise: '有限责任公司分公司(自然人投资或控股)', creditCode: null }).kind // 'branch'
 */
export function inferEntityKind(input: EntityKindInput): { kind: EntityKind; mismatch: boolean } {
  const fromText =
    kindFromText(input.typeOfEnterprise ?? '') ?? kindFromText(input.typeOfOrganization ?? '');
  const fromCategory = kindFromCategory(input.creditCode);

  if (fromText === null) {
    return { kind: fromCategory ?? 'other', mismatch: false };
  }

  const categoryIsBusinessOnly =
    input.creditCode?.kind === 'uscc' && input.creditCode.valid && input.creditCode.category.code === '91';
  const textNeedsOtherCategory = fromText === 'individual-business' || fromText === 'cooperative';
  const mismatch =
    (fromCategory !== null && fromCategory !== fromText && fromText !== 'branch') ||
    (categoryIsBusinessOnly && textNeedsOtherCategory);

  return { kind: fromText, mismatch };
}

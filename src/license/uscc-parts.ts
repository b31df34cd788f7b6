/**
 * Names of the registering departments (position 1) and categories (positions 1–2) of the unified
 * social credit code, as GB 32100-2015 assigns them. Categories list only the codes this kit is sure
 * of, and the rest get a null name.
 */

const DEPARTMENT_NAMES: Readonly<Record<string, string>> = Object.freeze({
  '1': '机构编制',
  '2': '外交',
  '3': '司法行政',
  '4': '文化',
  '5': '民政',
  '6': '旅游',
  '7': '宗教',
  '8': '工会',
  '9': '工商（市场监管）',
  A: '中央军委改革和编制办公室',
  N: '农业',
  Y: '其他',
});

const CATEGORY_NAMES: Readonly<Record<string, string>> = Object.freeze({
  '11': '机关',
  '12': '事业单位',
  '13': '中央编办直接管理机构编制的群众团体',
  '19': '其他',
  '51': '社会团体',
  '52': '民办非企业单位',
  '53': '基金会',
  '59': '其他',
  '91': '企业',
  '92': '个体工商户',
  '93': '农民专业合作社',
  Y1: '其他',
});

/** The parts of an 18-character code, without any check. */
export interface UsccParts {
  department: { code: string; name: string | null };
  category: { code: string; name: string | null };
  divisionCode: string;
  organizationCode: string;
  checkChar: string;
}

/**
 * Splits an 18-character unified social credit code into its parts and names the department and
 * category.
 *
 * @example splitUscc('92320621MA1MRHG20X').category // { code: '92', name: '个体工商户' }
 */
export function splitUscc(code: string): UsccParts {
  const departmentCode = code.charAt(0);
  const categoryCode = code.slice(0, 2);

  return {
    department: { code: departmentCode, name: DEPARTMENT_NAMES[departmentCode] ?? null },
    category: { code: categoryCode, name: CATEGORY_NAMES[categoryCode] ?? null },
    divisionCode: code.slice(2, 8),
    organizationCode: code.slice(8, 17),
    checkChar: code.charAt(17),
  };
}

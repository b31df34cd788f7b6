/**
 * Folds full-width forms to ASCII (NFKC), so `２０１８` becomes `2018` and `（` becomes `(`,
 * and removes every whitespace character, including the ideographic space U+3000.
 */
export function normalizeLicenseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

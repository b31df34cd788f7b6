import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * src/license/ is bundled into the Mini Program, whose iOS JavaScriptCore before iOS 14 has no
 * BigInt and whose runtime has no Node modules, so the folder must use neither.
 */
const LICENSE_DIR = path.join(__dirname, '..', '..', 'src', 'license');

const sources = readdirSync(LICENSE_DIR)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => [name, readFileSync(path.join(LICENSE_DIR, name), 'utf8')] as const);

/** Source text with comments and string literals removed, so prose about BigInt does not count. */
function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

describe('src/license portability', () => {
  test('folder has sources', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  test.each(sources)('%s uses no BigInt', (_name, text) => {
    const code = codeOnly(text);
    expect(code).not.toMatch(/\bBigInt\b|\bbigint\b|\b\d[\d_]*n\b/);
  });

  test.each(sources)('%s imports no Node module', (_name, text) => {
    const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]);
    for (const specifier of imports) {
      expect(specifier === 'zod' || specifier!.startsWith('./')).toBe(true);
    }
    expect(codeOnly(text)).not.toMatch(/\b(?:Buffer|process|require)\b/);
  });
});

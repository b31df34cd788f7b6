/**
 * miniprogram/lib/ is generated from src/license/ by scripts/build-miniprogram-lib.mjs and
 * committed. These tests rebuild it in memory and fail when the committed copy is stale, so a
 * change to the shared checks cannot silently skip the Mini Program.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(REPO_ROOT, 'scripts', 'build-miniprogram-lib.mjs');
const LIB = path.join(REPO_ROOT, 'miniprogram', 'lib');

function runCheck(outDir?: string): { status: number | null; output: string } {
  const args = [SCRIPT, '--check', ...(outDir ? ['--out-dir', outDir] : [])];
  const result = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('miniprogram/lib bundle', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'bizlicense-lib-'));
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('committed bundle is up to date', () => {
    const result = runCheck();

    expect(result.output).toContain('miniprogram/lib is up to date');
    expect(result.status).toBe(0);
  });

  test('changed and extra files detected', () => {
    // One run covers both cases, because each rebuild type-checks src/license/ and takes seconds.
    const copy = path.join(scratch, 'changed');
    cpSync(LIB, copy, { recursive: true });
    const file = path.join(copy, 'bizlicense.js');
    writeFileSync(file, readFileSync(file, 'utf8').replace('certificate not found', 'certificate not founD'));
    writeFileSync(path.join(copy, 'leftover.js'), '');

    const result = runCheck(copy);

    expect(result.status).toBe(1);
    expect(result.output).toContain('stale: bizlicense.js');
    expect(result.output).toContain('not generated: leftover.js');
    expect(result.output).not.toContain('stale: bizlicense.d.ts');
  });

  test('bundle exports the form checks', () => {
    const output = execFileSync(
      process.execPath,
      [
        '-e',
        `const lib = require(${JSON.stringify(path.join(LIB, 'bizlicense.js'))});
         const form = lib.validateLicenseForm({ enterprise_name: '', reg_num: '91320621MA1MRHG207' }, { today: '2026-12-05' });
         console.log(JSON.stringify({
           issues: form.issues.map((issue) => [issue.field, issue.level, issue.code]),
           valid: lib.isValidUscc('91320621MA1MRHG205'),
           registry: lib.lookupErrorCode(101001).action,
           today: /^\\d{4}-\\d{2}-\\d{2}$/.test(lib.todayInShanghai()),
         }));`,
      ],
      { encoding: 'utf8' },
    );

    expect(JSON.parse(output)).toEqual({
      issues: [
        ['enterprise_name', 'error', 'field_required'],
        ['reg_num', 'warning', 'credit_code_invalid'],
      ],
      valid: true,
      registry: 'retake-photo',
      today: true,
    });
  });

  test('bundle has no Node built-ins', () => {
    const text = readFileSync(path.join(LIB, 'bizlicense.js'), 'utf8');

    expect(text).not.toMatch(/require\(["'](node:)?(fs|path|os|crypto|buffer|util)["']\)/);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { ERROR_CODES } from '../../src/license/error-codes';
import { interpretationSchema } from '../../src/license/interpretation-schema';
import { listWarningCodes } from '../../src/license/warning-codes';

const root = path.resolve(__dirname, '..', '..');
const READMES = ['README.md', 'README.zh-CN.md'];

function read(file: string): string {
  return readFileSync(path.join(root, file), 'utf8');
}

function errorTableBetweenMarkers(text: string): string {
  const match = /<!-- error-codes:start -->\n([\s\S]*?)\n<!-- error-codes:end -->/.exec(text);
  return match?.[1] ?? '';
}

function firstTableOf(text: string): string {
  const lines = text.split('\n');
  const header = lines.findIndex((line) => line.startsWith('| errcode |'));
  const table: string[] = [];
  for (let index = header; header >= 0 && index < lines.length && lines[index]?.startsWith('|'); index += 1) {
    table.push(lines[index] as string);
  }
  return table.join('\n');
}

describe.each(READMES)('%s', (readme) => {
  const text = read(readme);

  test('main job command names an existing example', () => {
    const match = /npm ci && npm run scan -- (\S+)/.exec(text);

    expect(match).not.toBeNull();
    expect(existsSync(path.join(root, match?.[1] ?? ''))).toBe(true);
  });

  test('test command is npm test', () => {
    expect(text).toContain('npm ci && npm test');
  });

  test('error table matches the cloud function docs', () => {
    const doc = readme === 'README.md' ? 'docs/cloudfunction.md' : 'docs/cloudfunction.zh-CN.md';

    expect(errorTableBetweenMarkers(text)).toBe(firstTableOf(read(doc)));
  });

  test.each(Object.keys(ERROR_CODES))('lists error code %s', (name) => {
    expect(errorTableBetweenMarkers(text)).toContain(`| ${name} |`);
  });

  test.each(listWarningCodes().map((warning) => warning.code))('lists warning %s', (code) => {
    expect(text).toContain(`| \`${code}\` |`);
  });

  test.each(Object.keys(interpretationSchema.shape))('documents interpretation key %s', (key) => {
    expect(text).toContain(`| \`${key}\` |`);
  });
});

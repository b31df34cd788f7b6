#!/usr/bin/env node
// Copies the error-code table from docs/cloudfunction.md and docs/cloudfunction.zh-CN.md into the
// READMEs between the error-codes markers, so the READMEs list exactly the documented codes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- error-codes:start -->';
const END = '<!-- error-codes:end -->';

function readTable(docFile) {
  const lines = readFileSync(path.join(root, docFile), 'utf8').split('\n');
  const header = lines.findIndex((line) => /^\| errcode \|/.test(line));
  if (header < 0) {
    throw new Error(`${docFile}: no table starting with "| errcode |" found`);
  }

  const table = [];
  for (let index = header; index < lines.length && lines[index].startsWith('|'); index += 1) {
    table.push(lines[index]);
  }
  return table.join('\n');
}

for (const [readme, doc] of [
  ['README.md', 'docs/cloudfunction.md'],
  ['README.zh-CN.md', 'docs/cloudfunction.zh-CN.md'],
]) {
  const file = path.join(root, readme);
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(`${readme}: the ${START} and ${END} markers are missing`);
  }

  const updated = `${text.slice(0, start + START.length)}\n${readTable(doc)}\n${text.slice(end)}`;
  writeFileSync(file, updated);
}

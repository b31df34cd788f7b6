#!/usr/bin/env node
// Runs a TypeScript entry file without a separate build step: esbuild bundles the project's own
// sources into one CommonJS file (packages stay external), then Node runs it with the remaining
// arguments. Used by `npm run scan` and `npm run bench` so that a fresh clone needs only `npm ci`.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [arguments...]');
  process.exit(2);
}

const cacheDir = path.join(root, 'node_modules', '.cache', 'bizlicense-run-ts');
mkdirSync(cacheDir, { recursive: true });
const outfile = path.join(cacheDir, `${entry.replace(/[^A-Za-z0-9]+/g, '_')}.cjs`);

await build({
  entryPoints: [path.resolve(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});

process.argv = [process.argv[0], path.resolve(root, entry), ...args];
createRequire(import.meta.url)(outfile);

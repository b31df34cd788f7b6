/**
 * Compiles miniprogram/ the way WeChat DevTools' TypeScript compiler plugin does before it runs it.
 * Every .ts file becomes a CommonJS .js file beside it (TypeScript's transpileModule, one file at a
 * time, no bundling, no type check), and every other file is copied unchanged. miniprogram-simulate
 * loads components from .js, .json, .wxml and .wxss files, so the tests run the compiled copy in a
 * temporary folder. esbuild is not used here because it refuses to load under jest's jsdom
 * environment, where `Buffer.from('') instanceof Uint8Array` is false.
 */
import ts from 'typescript';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const MINIPROGRAM_SOURCE = path.resolve(__dirname, '..', '..', '..', 'miniprogram');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** A compiled copy of miniprogram/ and a way to delete it. */
export interface CompiledMiniprogram {
  root: string;
  remove(): void;
}

/** Compiles miniprogram/ into a new temporary folder. */
export function compileMiniprogram(): CompiledMiniprogram {
  const root = mkdtempSync(path.join(tmpdir(), 'bizlicense-miniprogram-'));

  for (const source of listFiles(MINIPROGRAM_SOURCE)) {
    const relative = path.relative(MINIPROGRAM_SOURCE, source);
    const target = path.join(root, relative);
    mkdirSync(path.dirname(target), { recursive: true });

    if (source.endsWith('.d.ts')) {
      continue;
    }
    if (!source.endsWith('.ts')) {
      cpSync(source, target);
      continue;
    }

    const output = ts.transpileModule(readFileSync(source, 'utf8'), {
      fileName: source,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2018,
        esModuleInterop: true,
      },
    });
    writeFileSync(target.replace(/\.ts$/, '.js'), output.outputText);
  }

  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

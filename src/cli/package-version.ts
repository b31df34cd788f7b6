import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Reads the version from bizlicense's package.json, searching upwards from this file, because the
 * CLI runs from dist/cli, from a bundle under node_modules/.cache or from an installed package.
 */
export function readPackageVersion(start: string = __dirname): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'package.json');
    if (existsSync(candidate)) {
      const manifest = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'bizlicense' && manifest.version) {
        return manifest.version;
      }
    }
    if (path.dirname(folder) === folder) {
      return 'unknown';
    }
  }
}

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Extensions that a folder search picks up; a file named on the command line is read regardless. */
export const IMAGE_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp'];

export interface CollectedInputs {
  /** Files to read, in command-line order, each folder's images sorted by path. */
  files: string[];
  /** Whether output is a batch (NDJSON): more than one argument, or any folder. */
  batch: boolean;
  /** Folders named on the command line in which the search found no image. */
  emptyFolders: string[];
}

function hasImageExtension(name: string): boolean {
  return IMAGE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/** Orders names by UTF-16 code units, so the order does not depend on the locale. */
function byName(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

/**
 * Lists a folder's images recursively, skipping hidden entries. Symbolic links to folders are not
 * followed, so a link loop cannot hang the walk. A link named like an image is kept, so a dangling
 * link is reported as FILE_READ_FAILED instead of vanishing from the batch.
 */
async function listImages(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    // An unreadable folder stays in the batch as one input, so reading it reports FILE_READ_FAILED.
    return [folder];
  }
  entries.sort((a, b) => byName(a.name, b.name));

  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) {
      continue;
    }

    const entryPath = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      files.push(...(await listImages(entryPath)));
    } else if ((entry.isFile() || entry.isSymbolicLink()) && hasImageExtension(entry.name)) {
      files.push(entryPath);
    }
  }
  return files;
}

async function isFolder(candidate: string): Promise<boolean> {
  try {
    return (await stat(candidate)).isDirectory();
  } catch {
    // A path that cannot be inspected is kept as a file, so reading it reports the reason.
    return false;
  }
}

/** Expands the command-line paths into the list of files to read. */
export async function collectInputs(paths: string[]): Promise<CollectedInputs> {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  let sawFolder = false;

  for (const candidate of paths) {
    if (await isFolder(candidate)) {
      sawFolder = true;
      const images = await listImages(candidate);
      if (images.length === 0) {
        emptyFolders.push(candidate);
      }
      files.push(...images);
    } else {
      files.push(candidate);
    }
  }

  return { files, batch: sawFolder || paths.length > 1, emptyFolders };
}

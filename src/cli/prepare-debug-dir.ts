import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';

import { CliMessages } from './messages';

async function isExistingNonFolder(candidate: string): Promise<boolean> {
  try {
    return !(await stat(candidate)).isDirectory();
  } catch {
    return false;
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Creates the `--debug-dir` folder and checks that it is writable, so a wrong path fails before any
 * scan. Returns the message to print when the folder cannot be used, or undefined when it is ready.
 */
export async function prepareDebugDir(folder: string, messages: CliMessages): Promise<string | undefined> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    return (await isExistingNonFolder(folder))
      ? messages.debugDirIsFile(folder)
      : messages.debugDirUnusable(folder, reasonOf(error));
  }

  try {
    await access(folder, constants.W_OK);
  } catch (error) {
    return messages.debugDirUnusable(folder, reasonOf(error));
  }
  return undefined;
}

import { open } from 'node:fs/promises';

import { BizLicenseError } from '../license/bizlicense-error';

/**
 * Reads an image file, rejecting it before reading when it is larger than `maxBytes`, so a huge
 * file named by mistake is never loaded into memory. Any file-system failure (missing file,
 * dangling link, folder, no permission) becomes FILE_READ_FAILED with the system error code.
 */
export async function readInputFile(file: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw fileReadFailed(error);
  }

  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new BizLicenseError('FILE_READ_FAILED', 'the path is not a regular file');
    }
    if (stats.size > maxBytes) {
      throw new BizLicenseError(
        'IMAGE_TOO_LARGE',
        `${stats.size} bytes exceeds the limit of ${maxBytes} bytes; raise --max-bytes or compress the image`,
      );
    }
    return await handle.readFile();
  } catch (error) {
    throw error instanceof BizLicenseError ? error : fileReadFailed(error);
  } finally {
    await handle.close();
  }
}

function fileReadFailed(error: unknown): BizLicenseError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';
  return new BizLicenseError('FILE_READ_FAILED', `${code}; check that the file exists and is readable`, {
    cause: error,
  });
}

import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import { ScanDependencies } from '../../src/cli/commands/scan';

/** Output captured from one in-process CLI run. */
export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved in write order, as a terminal shows them when both go to it. */
  combined: string;
}

/** Runs the CLI in-process with captured streams; `stderrIsTTY` switches the progress bar on. */
export async function runCapturedCli(
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; stderrIsTTY?: boolean; dependencies?: ScanDependencies } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let combined = '';
  const io: CliIo = {
    stdout: { write: (text: string) => ((stdout += text), (combined += text)) },
    stderr: { write: (text: string) => ((stderr += text), (combined += text)), isTTY: options.stderrIsTTY ?? false },
    env: options.env ?? { LANG: 'C' },
  };

  const exitCode = await runCli(argv, io, options.dependencies);
  return { exitCode, stdout, stderr, combined };
}

/** Parses NDJSON output into one object per line. */
export function parseLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export function makeTemporaryFolder(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

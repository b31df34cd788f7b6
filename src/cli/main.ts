#!/usr/bin/env node
import { runCli } from './program';

/**
 * Treats a closed stdout or stderr (for example `bizlicense scan dir | head -1`) as a normal end: Node
 * reports the broken pipe as an EPIPE error on the stream, which would otherwise crash with a stack.
 */
function exitQuietlyOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') {
        process.exit(process.exitCode ?? 0);
      }
      throw error;
    });
  }
}

async function main(): Promise<void> {
  exitQuietlyOnBrokenPipe();

  const io = { stdout: process.stdout, stderr: process.stderr, env: process.env };
  process.exitCode = await runCli(process.argv.slice(2), io);
}

main().catch((error: unknown) => {
  process.stderr.write(`bizlicense: unexpected failure\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';

import { DEFAULT_SCAN_DEPENDENCIES, DEFAULT_SCAN_OPTIONS, runScan, ScanDependencies } from './commands/scan';
import { CliIo } from './io';
import { CliMessages, selectMessages } from './messages';
import { readPackageVersion } from './package-version';

/** Exit code for bad arguments or options, as reported by commander. */
export const USAGE_EXIT_CODE = 2;

function positiveInteger(messages: CliMessages): (value: string) => number {
  return (value) => {
    const parsed = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(parsed) || parsed <= 0) {
      throw new InvalidArgumentError(messages.notPositiveInteger(value));
    }
    return parsed;
  };
}

function formatMegabytes(bytes: number): string {
  return `${bytes} (${bytes / (1024 * 1024)} MB)`;
}

/** Describes an option with its default in the selected language; commander's own label is English only. */
function describeOption(option: Option, messages: CliMessages): string {
  if (option.defaultValue === undefined) {
    return option.description;
  }

  const value = option.defaultValueDescription ?? JSON.stringify(option.defaultValue);
  return `${option.description}${messages.defaultLabel(value)}`;
}

function buildProgram(io: CliIo, messages: CliMessages, setExitCode: (code: number) => void, dependencies: ScanDependencies): Command {
  const program = new Command('bizlicense')
    .description(messages.programDescription)
    .version(readPackageVersion(), '-V, --version', messages.versionOption)
    .helpOption('-h, --help', messages.helpOption)
    .helpCommand('help [command]', messages.helpCommand)
    .configureHelp({
      optionDescription: (option) => describeOption(option, messages),
      styleTitle: (title) => messages.helpTitle(title),
    })
    .showHelpAfterError(messages.helpAfterError)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(messages.commanderError(text)),
    });

  const toInteger = positiveInteger(messages);
  program
    .command('scan')
    .description(messages.scanDescription)
    .argument('<paths...>', messages.pathsArgument)
    .option('-q, --quiet', messages.quietOption, false)
    .option('--debug-dir <dir>', messages.debugDirOption)
    .addOption(
      new Option('--max-bytes <bytes>', messages.maxBytesOption)
        .argParser(toInteger)
        .default(DEFAULT_SCAN_OPTIONS.maxBytes, formatMegabytes(DEFAULT_SCAN_OPTIONS.maxBytes)),
    )
    .addOption(
      new Option('--max-pixels <pixels>', messages.maxPixelsOption)
        .argParser(toInteger)
        .default(DEFAULT_SCAN_OPTIONS.maxPixels),
    )
    .addOption(
      new Option('--detect-size <pixels>', messages.detectSizeOption)
        .argParser(toInteger)
        .default(DEFAULT_SCAN_OPTIONS.detectSize),
    )
    .action(async (paths: string[], options) => {
      setExitCode(await runScan(paths, options, io, messages, dependencies));
    });

  return program;
}

/**
 * Runs the CLI with the given arguments (without `node` and the script) and returns the exit code.
 * Commander's own exits (help, version, usage errors) are turned into return values, so the
 * function never calls `process.exit` and tests can run it in-process.
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  dependencies: ScanDependencies = DEFAULT_SCAN_DEPENDENCIES,
): Promise<number> {
  const messages = selectMessages(io.env);
  let exitCode = 0;
  const program = buildProgram(io, messages, (code) => {
    exitCode = code;
  }, dependencies);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const finished = ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code);
      return finished ? 0 : USAGE_EXIT_CODE;
    }
    throw error;
  }
}

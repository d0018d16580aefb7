// Command-line entry: parses arguments, runs one command and maps failures to exit codes.
// Only this file and the command modules touch process state.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';

import { EXIT, InputError } from '../errors.ts';
import { buildCommand } from './commands/build.ts';
import { checkCommand } from './commands/check.ts';
import { diffCommand } from './commands/diff.ts';
import { extractCommand } from './commands/extract.ts';
import { lookupCommand } from './commands/lookup.ts';
import { validateCommand } from './commands/validate.ts';
import { log } from './log.ts';

async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExitCode = (code: number): void => {
    exitCode = code;
  };

  await yargs(argv)
    .scriptName('policydiff')
    .usage('$0 <command> [options]')
    .option('quiet', { type: 'boolean', default: false, describe: 'Print errors only on stderr' })
    .option('verbose', { type: 'boolean', default: false, describe: 'Print debugging details on stderr' })
    .middleware((args) => log.configure({ quiet: Boolean(args.quiet), verbose: Boolean(args.verbose) }))
    .command(buildCommand(setExitCode))
    .command(checkCommand(setExitCode))
    .command(extractCommand(setExitCode))
    .command(validateCommand(setExitCode))
    .command(diffCommand(setExitCode))
    .command(lookupCommand(setExitCode))
    .demandCommand(1, 'Name a command: build, check, extract, validate, diff or lookup.')
    .strict()
    .fail((message, error) => {
      // yargs reports argument problems (a missing value, an unknown option) as a YError.
      if (error && error.name !== 'YError') throw error;
      throw new InputError(`${message ?? error?.message}\nRun \`policydiff --help\` for usage.`);
    })
    .help()
    .version()
    .parseAsync();

  return exitCode;
}

try {
  process.exitCode = await main(hideBin(process.argv));
} catch (error) {
  if (error instanceof InputError) {
    log.error(error.message);
    process.exitCode = EXIT.input;
  } else {
    console.error(error);
    process.exitCode = EXIT.internal;
  }
}

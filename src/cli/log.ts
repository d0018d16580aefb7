// Logging for the command line: everything goes to stderr so stdout carries only data.

interface LogOptions {
  /** Print errors only: no progress, no warnings. */
  quiet: boolean;
  verbose: boolean;
}

const options: LogOptions = { quiet: false, verbose: false };

export const log = {
  configure(next: LogOptions): void {
    options.quiet = next.quiet;
    options.verbose = next.verbose;
  },
  isQuiet(): boolean {
    return options.quiet;
  },
  info(message: string): void {
    if (!options.quiet) process.stderr.write(`${message}\n`);
  },
  debug(message: string): void {
    if (options.verbose) process.stderr.write(`${message}\n`);
  },
  warn(message: string): void {
    if (!options.quiet) process.stderr.write(`warning: ${message}\n`);
  },
  error(message: string): void {
    process.stderr.write(`error: ${message}\n`);
  },
};

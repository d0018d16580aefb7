// Validates a document that a command extracted on its way to other output (extract, diff):
// error findings are printed on stderr and make the command exit 1, while its output is
// still written, so a malformed extraction cannot pass unnoticed.
import type { ParseResult } from '../model/parse-result.ts';
import { formatFindingsText } from '../validate/format-findings.ts';
import { validateRelease } from '../validate/index.ts';
import { log } from './log.ts';

/** Prints the extraction's error findings; returns true when there are any. */
export function checkExtraction(result: ParseResult, path: string): boolean {
  const findings = validateRelease({ result, path });
  const errors = findings.filter((finding) => finding.severity === 'error');
  const warnings = findings.length - errors.length;

  if (errors.length > 0) process.stderr.write(formatFindingsText(errors));
  if (warnings > 0) log.debug(`${path}: ${warnings} warning(s); run \`policydiff validate ${path}\` to see them.`);
  return errors.length > 0;
}

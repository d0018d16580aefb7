import type { CommandModule } from 'yargs';

import { EXIT } from '../../errors.ts';
import { extractDocument } from '../../extract.ts';
import { toStableJson } from '../../stable-json.ts';
import { checkExtraction } from '../check-extraction.ts';
import { log } from '../log.ts';
import { readInputFile } from '../read-input.ts';

interface ExtractArgs {
  file: string;
  format: 'json';
}

export function extractCommand(setExitCode: (code: number) => void): CommandModule<object, ExtractArgs> {
  return {
    command: 'extract <file>',
    describe: 'Print the normalized release of one policy document (PDF, HTML or text)',
    builder: (yargs) =>
      yargs
        .positional('file', { type: 'string', demandOption: true, describe: 'Policy document' })
        .option('format', { requiresArg: true, choices: ['json'] as const, default: 'json' as const, describe: 'Output format' }),
    handler: async (args) => {
      const bytes = await readInputFile(args.file);
      const result = await extractDocument(bytes, args.file);
      const { release } = result;
      const codes = release.codeGroups.reduce((count, group) => count + group.codes.length, 0);
      log.debug(
        `${args.file}: ${release.source[0]?.format}, ${release.source[0]?.pages} page(s), ` +
          `${release.codeGroups.length} code group(s) with ${codes} code(s), ` +
          `${release.coveredElsewhere.length} exception row(s), ${release.revisions.length} revision row(s)`,
      );
      process.stdout.write(toStableJson(release));
      if (checkExtraction(result, args.file)) setExitCode(EXIT.findings);
    },
  };
}

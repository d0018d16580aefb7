import type { CommandModule } from 'yargs';

import { extractDocument } from '../../extract.ts';
import { toStableJson } from '../../stable-json.ts';
import { readInputFile } from '../read-input.ts';

interface ExtractArgs {
  file: string;
  format: 'json';
}

export function extractCommand(_setExitCode: (code: number) => void): CommandModule<object, ExtractArgs> {
  return {
    command: 'extract <file>',
    describe: 'Print the normalized release of one policy document (PDF, HTML or text)',
    builder: (yargs) =>
      yargs
        .positional('file', { type: 'string', demandOption: true, describe: 'Policy document' })
        .option('format', { choices: ['json'] as const, default: 'json' as const, describe: 'Output format' }),
    handler: async (args) => {
      const bytes = await readInputFile(args.file);
      const { release } = await extractDocument(bytes, args.file);
      process.stdout.write(toStableJson(release));
    },
  };
}

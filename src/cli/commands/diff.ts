import type { CommandModule } from 'yargs';

import { InputError } from '../../errors.ts';

// TODO: placeholder until the command is built.
export function diffCommand(_setExitCode: (code: number) => void): CommandModule {
  return {
    command: 'diff',
    describe: 'Not built yet',
    handler: () => {
      throw new InputError('policydiff diff is not built yet.');
    },
  };
}

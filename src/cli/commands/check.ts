import type { CommandModule } from 'yargs';

import { InputError } from '../../errors.ts';

// TODO: placeholder until the command is built.
export function checkCommand(_setExitCode: (code: number) => void): CommandModule {
  return {
    command: 'check',
    describe: 'Not built yet',
    handler: () => {
      throw new InputError('policydiff check is not built yet.');
    },
  };
}

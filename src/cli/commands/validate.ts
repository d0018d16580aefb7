import type { CommandModule } from 'yargs';

import { InputError } from '../../errors.ts';

// TODO: placeholder until the command is built.
export function validateCommand(_setExitCode: (code: number) => void): CommandModule {
  return {
    command: 'validate',
    describe: 'Not built yet',
    handler: () => {
      throw new InputError('policydiff validate is not built yet.');
    },
  };
}

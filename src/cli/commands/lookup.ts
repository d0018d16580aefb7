import type { CommandModule } from 'yargs';

import { InputError } from '../../errors.ts';

// TODO: placeholder until the command is built.
export function lookupCommand(_setExitCode: (code: number) => void): CommandModule {
  return {
    command: 'lookup',
    describe: 'Not built yet',
    handler: () => {
      throw new InputError('policydiff lookup is not built yet.');
    },
  };
}

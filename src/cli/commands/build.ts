import type { CommandModule } from 'yargs';

import { InputError } from '../../errors.ts';

// TODO: placeholder until the build lands.
export function buildCommand(_setExitCode: (code: number) => void): CommandModule {
  return {
    command: 'build',
    describe: 'Not built yet',
    handler: () => {
      throw new InputError('policydiff build is not built yet.');
    },
  };
}

import type { CommandModule } from 'yargs';

import { checkOutputFolder } from '../../build/output-guard.ts';
import { planBuild } from '../../build/plan-build.ts';
import { writeOutput } from '../../build/write-output.ts';
import { EXIT } from '../../errors.ts';
import { formatFindingsText } from '../../validate/format-findings.ts';
import { log } from '../log.ts';

interface BuildArgs {
  sources: string;
  out: string;
}

export function buildCommand(setExitCode: (code: number) => void): CommandModule<object, BuildArgs> {
  return {
    command: 'build',
    describe: 'Extract every document under the sources folder into the generated folder',
    builder: (yargs) =>
      yargs
        .option('sources', { requiresArg: true, type: 'string', default: 'sources', describe: 'Folder of <publisher>-<policy>/<date>.<ext> documents' })
        .option('out', { requiresArg: true, type: 'string', default: 'generated', describe: 'Folder to write releases, diffs and the dataset to' }),
    handler: async (args) => {
      await checkOutputFolder(args.out, args.sources);
      const plan = await planBuild(args.sources, (message) => log.debug(message));

      const printed = log.isQuiet() ? plan.findings.filter((finding) => finding.severity === 'error') : plan.findings;
      process.stderr.write(formatFindingsText(printed));
      const errors = plan.findings.filter((finding) => finding.severity === 'error').length;
      const warnings = plan.findings.length - errors;

      if (errors > 0) {
        log.error(`${errors} error(s) and ${warnings} warning(s); ${args.out}/ was left unchanged. Fix the sources or the extraction and run again.`);
        setExitCode(EXIT.findings);
        return;
      }

      await writeOutput(args.out, plan.files);
      log.info(`wrote ${plan.files.size} files to ${args.out}/ (${warnings} warning(s))`);
    },
  };
}

// `policydiff check`: fails when generated/ is not exactly what sources/ would produce, so CI
// rejects a commit that changed sources without rebuilding, or edited generated files by hand.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

import type { CommandModule } from 'yargs';

import { type BuildPlan, planBuild } from '../../build/plan-build.ts';
import { EXIT, InputError } from '../../errors.ts';
import { formatFindingsText } from '../../validate/format-findings.ts';
import { hasErrors } from '../../validate/index.ts';
import { log } from '../log.ts';

export type PlanBuild = (sourcesDir: string) => Promise<Pick<BuildPlan, 'files' | 'findings'>>;

export interface TreeDifference {
  /** Path relative to the output folder, with `/` separators. */
  path: string;
  /** `missing`: planned but not on disk; `extra`: on disk but not planned; `different`: other bytes. */
  kind: 'missing' | 'extra' | 'different';
}

interface CheckArgs {
  sources: string;
  out: string;
}

export function checkCommand(
  setExitCode: (code: number) => void,
  plan: PlanBuild = planBuild,
): CommandModule<object, CheckArgs> {
  return {
    command: 'check',
    describe: 'Exit 1 when the output folder differs from what the sources would produce',
    builder: (yargs) =>
      yargs
        .option('sources', { requiresArg: true, type: 'string', default: 'sources', describe: 'Folder of policy documents' })
        .option('out', { requiresArg: true, type: 'string', default: 'generated', describe: 'Folder of generated files to check' }),
    handler: async (args) => {
      await requireDirectory(args.sources);
      const { files, findings } = await plan(args.sources);

      if (hasErrors(findings)) {
        process.stderr.write(formatFindingsText(findings.filter((finding) => finding.severity === 'error')));
        log.error(`the sources in ${args.sources} have error findings, so \`policydiff build\` would fail; fix them first.`);
        setExitCode(EXIT.findings);
        return;
      }

      const differences = await compareGeneratedTree(files, args.out);
      for (const difference of differences) {
        log.error(`${joinPath(args.out, difference.path)}: ${describeDifference(difference)}`);
      }
      if (differences.length > 0) {
        log.error(`${args.out} is out of date; run \`policydiff build\` and commit ${args.sources} and ${args.out} together.`);
        setExitCode(EXIT.findings);
        return;
      }
      log.info(`${args.out} matches ${args.sources} (${files.size} files)`);
    },
  };
}

/** Compares planned contents with the files under `outDir`, sorted by path. */
export async function compareGeneratedTree(expected: Map<string, string>, outDir: string): Promise<TreeDifference[]> {
  const onDisk = new Set(await listFiles(outDir));
  const differences: TreeDifference[] = [];

  for (const [path, contents] of expected) {
    if (!onDisk.has(path)) {
      differences.push({ path, kind: 'missing' });
      continue;
    }
    const bytes = await readFile(join(outDir, path));
    if (!bytes.equals(Buffer.from(contents, 'utf8'))) differences.push({ path, kind: 'different' });
  }
  for (const path of onDisk) {
    if (!expected.has(path)) differences.push({ path, kind: 'extra' });
  }

  return differences.sort((a, b) => compareStrings(a.path, b.path));
}

/** Lists every file under `dir` as a path relative to it with `/` separators; none when it is absent. */
async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

async function requireDirectory(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) {
    throw new InputError(`${dir}: sources folder not found; pass --sources with the folder of policy documents.`);
  }
}

function describeDifference(difference: TreeDifference): string {
  switch (difference.kind) {
    case 'missing':
      return 'missing; the sources would produce it';
    case 'extra':
      return 'not produced by the sources (a stale or hand-made file)';
    case 'different':
      return 'differs from what the sources would produce';
  }
}

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function joinPath(...parts: string[]): string {
  return parts
    .filter((part) => part !== '')
    .join('/')
    .replaceAll('\\', '/');
}

// `policydiff diff OLD NEW`: a report of the changes between two releases, each given as a policy
// document (PDF, HTML, text) or as release JSON (`policydiff extract`, generated/releases/).
import { Ajv } from 'ajv';
import type { CommandModule } from 'yargs';

import { diffReleases } from '../../diff/diff-releases.ts';
import type { ReleaseDiff } from '../../diff/types.ts';
import { EXIT, InputError } from '../../errors.ts';
import { extractDocument } from '../../extract.ts';
import type { PolicyRelease } from '../../model/release.ts';
import { renderDiffHtml } from '../../render/html.ts';
import { renderDiffJson } from '../../render/json.ts';
import { renderDiffMarkdown } from '../../render/markdown.ts';
import { releaseSchema } from '../../schema/index.ts';
import { checkExtraction } from '../check-extraction.ts';
import { log } from '../log.ts';
import { readInputFile } from '../read-input.ts';

const DIFF_FORMATS = ['md', 'html', 'json'] as const;
type DiffFormat = (typeof DIFF_FORMATS)[number];

const RENDERERS: Record<DiffFormat, (diff: ReleaseDiff) => string> = {
  md: renderDiffMarkdown,
  html: renderDiffHtml,
  json: renderDiffJson,
};

/** Schema errors named in a message; the rest are counted. */
const MAX_SCHEMA_ERRORS = 3;

interface DiffArgs {
  old: string;
  new: string;
  format: DiffFormat;
}

export function diffCommand(setExitCode: (code: number) => void): CommandModule<object, DiffArgs> {
  return {
    command: 'diff <old> <new>',
    describe: 'Print a report of the changes between two releases of a policy',
    builder: (yargs) =>
      yargs
        .positional('old', { type: 'string', demandOption: true, describe: 'Earlier release: policy document or release JSON' })
        .positional('new', { type: 'string', demandOption: true, describe: 'Later release: policy document or release JSON' })
        .option('format', { requiresArg: true,
          choices: DIFF_FORMATS,
          default: 'md' as DiffFormat,
          describe: 'Report format: Markdown, standalone HTML page, or JSON',
        }),
    handler: async (args) => {
      const loadedOld = await loadRelease(args.old);
      const loadedNew = await loadRelease(args.new);
      if (loadedOld.hasErrors || loadedNew.hasErrors) setExitCode(EXIT.findings);
      const old = loadedOld.release;
      const next = loadedNew.release;
      if (old.policy.publisher !== next.policy.publisher || old.policy.number !== next.policy.number) {
        log.warn(
          `${args.old} is ${old.policy.publisher} policy ${old.policy.number} but ${args.new} is ` +
            `${next.policy.publisher} policy ${next.policy.number}; the report compares two different policies.`,
        );
      }

      if (old.policy.effectiveDate > next.policy.effectiveDate) {
        log.warn(
          `${args.old} is effective ${old.policy.effectiveDate}, after ${args.new} (${next.policy.effectiveDate}); ` +
            'name the earlier release first to see what the later one changed.',
        );
      }

      const diff = diffReleases(old, next);
      process.stdout.write(RENDERERS[args.format](diff));
      log.info(`${diff.summary.coverage} coverage and ${diff.summary.editorial} editorial changes`);
      if (diff.unannounced) log.warn('coverage changes that the new release does not announce; see the report.');
    },
  };
}

/** A release, and whether extracting it from a document gave error findings. */
interface LoadedRelease {
  release: PolicyRelease;
  hasErrors: boolean;
}

async function loadRelease(path: string): Promise<LoadedRelease> {
  const bytes = await readInputFile(path);
  if (!isReleaseJson(bytes)) {
    const result = await extractDocument(bytes, path);
    return { release: result.release, hasErrors: checkExtraction(result, path) };
  }

  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (error) {
    throw new InputError(`${path}: invalid JSON (${(error as Error).message}); expected a release from \`policydiff extract\`.`);
  }
  return { release: checkRelease(value, path), hasErrors: false };
}

/** Release JSON starts with `{` and names its `schemaVersion`; anything else is a document. */
function isReleaseJson(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024)).replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('{') && text.includes('"schemaVersion"');
}

let validateRelease: ReturnType<Ajv['compile']> | undefined;

function checkRelease(value: unknown, path: string): PolicyRelease {
  validateRelease ??= new Ajv({ allErrors: true }).compile(releaseSchema);
  if (validateRelease(value)) return value as PolicyRelease;

  const errors = (validateRelease.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
  const named = errors.slice(0, MAX_SCHEMA_ERRORS).join('; ');
  const more = errors.length > MAX_SCHEMA_ERRORS ? ` and ${errors.length - MAX_SCHEMA_ERRORS} more` : '';
  throw new InputError(
    `${path}: JSON is not a release of schema version 1 (${named}${more}); ` +
      'expected the output of `policydiff extract` or a file from generated/releases/.',
  );
}

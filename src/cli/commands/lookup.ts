// `policydiff lookup CODE`: a code's status in each policy's newest release, read from
// generated/dataset/codes.json and generated/releases/.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { Ajv } from 'ajv';
import type { CommandModule } from 'yargs';

import { COVERED_ELSEWHERE_HEADING } from '../../build/dataset.ts';
import { isKnownCodeFormat } from '../../codes/code-systems.ts';
import { InputError } from '../../errors.ts';
import { type CodeRow, lookupCode, type LookupResult, type NewestRelease } from '../../history/lookup-code.ts';
import type { CodeKind, PolicyRelease } from '../../model/release.ts';
import { codesSchema, releaseSchema } from '../../schema/index.ts';
import { toStableJson } from '../../stable-json.ts';

const RELEASE_FILE = /^\d{4}-\d{2}-\d{2}\.json$/;

const KIND_NAMES: Record<CodeKind, string> = {
  'CPT-I': 'CPT Category I',
  'CPT-II': 'CPT Category II',
  'CPT-III': 'CPT Category III',
  PLA: 'CPT Proprietary Laboratory Analyses',
  MAAA: 'CPT Multianalyte Assays with Algorithmic Analyses',
  HCPCS: 'HCPCS Level II',
  'ICD-10-CM': 'ICD-10-CM',
  'ICD-10-PCS': 'ICD-10-PCS',
};

interface LookupArgs {
  code: string;
  generated: string;
  format: 'text' | 'json';
}

export function lookupCommand(_setExitCode: (code: number) => void): CommandModule<object, LookupArgs> {
  return {
    command: 'lookup <code>',
    describe: "Print a code's status in each policy's newest release and the policies that cover it",
    builder: (yargs) =>
      yargs
        .positional('code', { type: 'string', demandOption: true, describe: 'Code, such as 0207T, 99213, E0784 or E11.65' })
        .option('generated', { requiresArg: true, type: 'string', default: 'generated', describe: 'Folder written by `policydiff build`' })
        .option('format', { requiresArg: true, choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' }),
    handler: async (args) => {
      const code = normalizeCode(args.code);
      const rows = await readCodeRows(args.generated);
      const newest = await readNewestReleases(args.generated);
      const result = lookupCode(code, rows, newest, COVERED_ELSEWHERE_HEADING);

      process.stdout.write(args.format === 'json' ? toStableJson(result) : formatLookup(result));
    },
  };
}

function normalizeCode(input: string): string {
  const code = String(input).trim().toUpperCase();
  if (!isKnownCodeFormat(code)) {
    throw new InputError(
      `code \`${input}\` matches no code format; expected a CPT code such as 0207T or 99213, ` +
        'a HCPCS code such as E0784, or an ICD-10 code such as E11.65.',
    );
  }
  return code;
}

async function readCodeRows(generated: string): Promise<CodeRow[]> {
  const path = join(generated, 'dataset', 'codes.json');
  const value = await readJson(path, `run \`policydiff build\` first, or name the folder with --generated DIR`);
  const validate = new Ajv({ allErrors: true }).compile(codesSchema);
  if (!validate(value)) {
    const first = validate.errors?.[0];
    throw new InputError(
      `${path}: not a codes dataset of schema version 1 (${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}); ` +
        'run `policydiff build` to write it again.',
    );
  }
  return (value as { codes: CodeRow[] }).codes;
}

/** Reads the release with the latest effective date in each `releases/<policy>/` folder. */
async function readNewestReleases(generated: string): Promise<NewestRelease[]> {
  const folder = join(generated, 'releases');
  const policies = await listFolder(folder);
  const validate = new Ajv({ allErrors: true }).compile(releaseSchema);
  const newest: NewestRelease[] = [];

  for (const policy of policies) {
    const files = (await listFolder(join(folder, policy))).filter((name) => RELEASE_FILE.test(name)).sort();
    const latest = files.at(-1);
    if (!latest) continue;

    const path = join(folder, policy, latest);
    const value = await readJson(path, 'run `policydiff build` to write it again');
    if (!validate(value)) {
      throw new InputError(`${path}: not a release of schema version 1; run \`policydiff build\` to write it again.`);
    }
    newest.push({ policy, release: value as PolicyRelease });
  }
  return newest;
}

async function listFolder(path: string): Promise<string[]> {
  try {
    return (await readdir(path, { withFileTypes: true }))
      .filter((entry) => !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

async function readJson(path: string, remedy: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isNotFound(error)) throw new InputError(`${path}: file not found; ${remedy}.`);
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: invalid JSON (${(error as Error).message}); ${remedy}.`);
  }
}

function isNotFound(error: unknown): boolean {
  return Boolean(error && typeof error === 'object' && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR'));
}

function formatLookup(result: LookupResult): string {
  const kind = result.kind ? ` (${KIND_NAMES[result.kind]})` : '';
  const lines = [`${result.code}${kind}`, ''];

  for (const position of result.policies) {
    const title = position.title ? `: ${position.title}` : '';
    const date = position.effectiveDate ? `, effective ${position.effectiveDate}` : '';
    lines.push(`${position.policy}${date}${title}`);
    for (const listing of position.listings) {
      const context = listing.context.length > 0 ? `${listing.context.join(' > ')} > ` : '';
      lines.push(`  ${listing.status}: listed under ${context}"${listing.heading}"`);
      if (listing.description) lines.push(`    ${listing.description}`);
    }
    for (const policy of position.coveredElsewhere) lines.push(`  covered elsewhere by "${policy}"`);
    for (const listing of position.catchAll) {
      const context = listing.context.length > 0 ? `${listing.context.join(' > ')} > ` : '';
      lines.push(`  not listed; ${listing.status} as one of "${listing.description}" under ${context}"${listing.heading}"`);
    }
    if (position.listings.length === 0 && position.coveredElsewhere.length === 0 && position.catchAll.length === 0) {
      lines.push('  not listed');
    }
  }
  if (result.policies.length === 0) lines.push('No policies in the dataset.');

  if (result.defaultPosition) {
    const position = result.defaultPosition;
    const date = position.effectiveDate ? ` (effective ${position.effectiveDate})` : '';
    lines.push('', `No policy lists ${result.code}. Default position of ${position.policy}${date}:`, `  ${position.statement}`);
  }
  return `${lines.join('\n')}\n`;
}

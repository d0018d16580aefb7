// `policydiff validate FILE...`: findings for policy documents or release JSON files, printed as
// text, JSON or GitHub workflow annotations. Exits 1 when any finding is an error.
import { Ajv, type ValidateFunction } from 'ajv';
import type { CommandModule } from 'yargs';

import { EXIT, InputError } from '../../errors.ts';
import { extractDocument } from '../../extract.ts';
import type { PageText, ParseResult } from '../../model/parse-result.ts';
import type { PolicyRelease } from '../../model/release.ts';
import { escapeData, escapeProperty, FINDINGS_FORMATS, type FindingsFormat, formatFindings } from '../../validate/format-findings.ts';
import { countFindings, hasErrors } from '../../validate/index.ts';
import { type ParsedDocument, validateDocuments } from '../../validate/validate-documents.ts';
import { log } from '../log.ts';
import { readInputFile } from '../read-input.ts';

interface ValidateArgs {
  files: string[];
  format: FindingsFormat;
}

export function validateCommand(setExitCode: (code: number) => void): CommandModule<object, ValidateArgs> {
  return {
    command: 'validate <files..>',
    describe: 'Check policy documents (PDF, HTML, text) or release JSON files and print the findings',
    builder: (yargs) =>
      yargs
        .positional('files', {
          type: 'string',
          array: true,
          demandOption: true,
          describe: 'Policy documents, or JSON from `policydiff extract`; releases of one policy are also compared',
        })
        .option('format', { requiresArg: true,
          choices: FINDINGS_FORMATS,
          default: 'text' as FindingsFormat,
          describe: 'Output format: text lines, JSON, or GitHub workflow annotations',
        }),
    handler: async (args) => {
      // An unusable file is reported and skipped, so the others are still checked.
      const documents: ParsedDocument[] = [];
      const unusable: InputError[] = [];
      for (const path of args.files) {
        try {
          documents.push({ path, result: await readParseResult(path) });
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          unusable.push(error);
        }
      }

      const findings = validateDocuments(documents);
      process.stdout.write(formatFindings(findings, args.format));
      for (const error of unusable) {
        if (args.format === 'github') process.stdout.write(formatInputErrorGithub(error, args.files));
        log.error(error.message);
      }

      const { errors, warnings } = countFindings(findings);
      log.info(`${countNoun(errors, 'error')}, ${countNoun(warnings, 'warning')} in ${countNoun(documents.length, 'file')}`);
      if (unusable.length > 0) setExitCode(EXIT.input);
      else if (hasErrors(findings)) setExitCode(EXIT.findings);
    },
  };
}

/** Formats a workflow annotation for a file that could not be read, on the file its message names. */
function formatInputErrorGithub(error: InputError, files: string[]): string {
  const file = files.find((candidate) => error.message.startsWith(`${candidate}:`)) ?? '';
  return `::error file=${escapeProperty(file)},title=unusable input::${escapeData(error.message)}\n`;
}

/** Extracts a document, or reads a release JSON file (a release, or a release with its coding text). */
async function readParseResult(path: string): Promise<ParseResult> {
  const bytes = await readInputFile(path);
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).trimStart();
  if (!text.startsWith('{')) return extractDocument(bytes, path);

  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (error) {
    throw new InputError(`${path}: invalid JSON (${(error as Error).message}); expected a release from \`policydiff extract\`.`);
  }
  return toParseResult(value, path);
}

function toParseResult(value: unknown, path: string): ParseResult {
  if (isRecord(value) && isRecord(value.release) && Array.isArray(value.codingText)) {
    const codingText = value.codingText.filter(isPageText);
    if (codingText.length !== value.codingText.length) {
      throw new InputError(`${path}: codingText must be a list of {page, text} lines; expected the parse result of a policy.`);
    }
    return { release: checkRelease(value.release, path), codingText };
  }
  // A bare release has no coding text, so `orphan-code-text` has nothing to compare.
  return { release: checkRelease(value, path), codingText: [] };
}

const STRING = { type: 'string' };
const STRINGS = { type: 'array', items: STRING };
const PAGE = { type: 'integer' };

/**
 * Shape of a release JSON that the rules can read: types only, without the published schema's
 * formats, so that a value the rules report (an empty code, an invalid date) is not rejected.
 */
const READABLE_RELEASE = {
  type: 'object',
  required: ['schemaVersion', 'policy', 'relatedResources', 'codeGroups', 'coveredElsewhere', 'revisions'],
  properties: {
    schemaVersion: { const: 1 },
    source: { type: 'array' },
    policy: {
      type: 'object',
      required: ['number', 'title', 'effectiveDate', 'nextReviewDate'],
      properties: { number: STRING, title: STRING, effectiveDate: STRING, nextReviewDate: { type: ['string', 'null'] } },
    },
    relatedResources: STRINGS,
    codeGroups: {
      type: 'array',
      items: {
        type: 'object',
        required: ['heading', 'status', 'context', 'codeSystem', 'codes'],
        properties: {
          heading: STRING,
          context: STRINGS,
          codes: {
            type: 'array',
            items: {
              type: 'object',
              required: ['code', 'description', 'notReportedWith', 'footnotes', 'page'],
              properties: { code: STRING, description: STRING, notReportedWith: STRINGS, footnotes: { type: 'array' }, page: PAGE },
            },
          },
        },
      },
    },
    coveredElsewhere: {
      type: 'array',
      items: { type: 'object', required: ['policy', 'codes', 'page'], properties: { policy: STRING, codes: STRINGS, page: PAGE } },
    },
    revisions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'summary', 'date', 'page'],
        properties: { type: STRING, summary: STRINGS, date: STRING, page: PAGE },
      },
    },
  },
};

let checkReadableRelease: ValidateFunction | undefined;

function checkRelease(value: unknown, path: string): PolicyRelease {
  checkReadableRelease ??= new Ajv({ allErrors: true }).compile(READABLE_RELEASE);
  if (checkReadableRelease(value)) return value as PolicyRelease;

  const problems = (checkReadableRelease.errors ?? [])
    .slice(0, 5)
    .map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
  throw new InputError(
    `${path}: JSON is not a release of schema version 1 (${problems.join('; ')}); ` +
      'expected the output of `policydiff extract`.',
  );
}

function countNoun(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function isPageText(value: unknown): value is PageText {
  return isRecord(value) && Number.isInteger(value.page) && typeof value.text === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

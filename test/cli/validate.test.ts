import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { extractDocument } from '../../src/extract.ts';
import type { Finding } from '../../src/model/finding.ts';
import type { ParseResult } from '../../src/model/parse-result.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const PDF = join(REPO, 'sources/cigna-0558/2026-04-15.pdf');
const TEXT = join(REPO, 'sources/cigna-0558/2026-04-15.txt');

interface ValidateRun {
  status: number | null;
  findings: Finding[];
  stdout: string;
  stderr: string;
}

function runValidate(files: string[], format = 'json'): ValidateRun {
  const run = spawnSync(process.execPath, [join(REPO, 'bin/policydiff.js'), 'validate', ...files, '--format', format], {
    cwd: REPO,
    encoding: 'utf8',
  });
  const findings = format === 'json' && run.stdout !== '' ? (JSON.parse(run.stdout).findings as Finding[]) : [];
  return { status: run.status, findings, stdout: run.stdout, stderr: run.stderr };
}

function errorsOf(run: ValidateRun): string[] {
  return run.findings.filter((finding) => finding.severity === 'error').map((finding) => `${finding.rule} page ${finding.page}`);
}

let tempDir: string;
let extracted: ParseResult;

beforeAll(async () => {
  tempDir = mkdtempSync(join(tmpdir(), 'policydiff-validate-'));
  extracted = await extractDocument(new Uint8Array(readFileSync(PDF)), 'sources/cigna-0558/2026-04-15.pdf');
});

afterAll(() => {
  rmSync(tempDir, { recursive: true, force: true });
});

/** Writes an altered copy of the extracted 0558 PDF as release JSON and returns its path. */
function writeAltered(name: string, alter: (result: ParseResult) => void): string {
  const result = structuredClone(extracted);
  alter(result);
  const dir = join(tempDir, name, 'cigna-0558');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, '2026-04-15.json');
  writeFileSync(path, JSON.stringify(result));
  return path;
}

/** Writes an altered copy of the 0558 text rendition under `<name>/cigna-0558/<file>`. */
function writeAlteredText(name: string, file: string, alter: (text: string) => string): string {
  const original = readFileSync(TEXT, 'utf8');
  const altered = alter(original);
  expect(altered).not.toBe(original);
  const dir = join(tempDir, name, 'cigna-0558');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), altered);
  return join(dir, file);
}

function rowIndex(result: ParseResult, code: string): number {
  const index = result.release.codeGroups[0]!.codes.findIndex((row) => row.code === code);
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}

describe('validate on real documents', () => {
  test('0558 PDF has warnings only', () => {
    const run = runValidate([PDF]);

    expect(run.status).toBe(0);
    expect(errorsOf(run)).toEqual([]);
    expect(run.findings.length).toBeGreaterThan(0);
  });

  test('github annotations', () => {
    const run = runValidate([PDF], 'github');

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^::warning file=.*2026-04-15\.pdf,title=unbalanced-parentheses \(page 6\)::/m);
  });

  test('three renditions agree', () => {
    const run = runValidate([PDF, TEXT, join(REPO, 'sources/cigna-0558/2026-04-15.html')]);

    expect(run.status).toBe(0);
    expect(run.findings.map((finding) => finding.rule)).not.toContain('rendition-disagreement');
  });
});

describe('validate on altered copies', () => {
  test('letter O for a zero in a code', () => {
    const path = writeAltered('letter-o', (result) => {
      result.release.codeGroups[0]!.codes[rowIndex(result, '0339T')]!.code = 'O339T';
      result.codingText = result.codingText.map((line) => ({ ...line, text: line.text.replace('0339T', 'O339T') }));
    });

    const run = runValidate([path]);

    expect(run.status).toBe(1);
    expect(errorsOf(run)).toEqual(['code-format page 3']);
  });

  test('letter O for a zero in the text rendition', () => {
    const path = writeAlteredText('letter-o-text', '2026-04-15.txt', (text) => text.replace('0339T\t', 'O339T\t'));

    const run = runValidate([path]);

    expect(run.status).toBe(1);
    expect(errorsOf(run)).toEqual(['code-format page 1']);
    expect(run.findings.find((finding) => finding.rule === 'code-format')!.message).toContain('`O339T`');
  });

  test('Category I code in the Category III list', () => {
    const path = writeAltered('kind', (result) => {
      result.release.codeGroups[0]!.codes[rowIndex(result, '0947T')]!.code = '61885';
    });

    const run = runValidate([path]);

    expect(run.status).toBe(1);
    expect(errorsOf(run)).toContain('code-kind-mismatch page 5');
  });

  test('header row read as data', () => {
    const path = writeAltered('header', (result) => {
      const codes = result.release.codeGroups[0]!.codes;
      codes.splice(rowIndex(result, '0647T'), 0, { ...codes[0]!, code: 'CPT®* Codes', kind: null, description: 'Description', page: 5 });
    });

    const run = runValidate([path]);

    expect(run.status).toBe(1);
    expect(errorsOf(run)).toEqual(['header-as-row page 5']);
  });

  test('row removed from the extraction', () => {
    const path = writeAltered('removed', (result) => {
      result.release.codeGroups[0]!.codes.splice(rowIndex(result, '0582T'), 1);
    });

    const run = runValidate([path]);

    expect(run.status).toBe(1);
    expect(errorsOf(run)).toEqual(['orphan-code-text page 4']);
    expect(run.findings[0]!.message).toContain('`0582T`');
  });

  test('row mentioned by another row removed', () => {
    const path = writeAltered('removed-mentioned', (result) => {
      result.release.codeGroups[0]!.codes.splice(rowIndex(result, '0960T'), 1);
    });

    const run = runValidate([path]);

    // The lost row's own note also mentioned 0958T, which has no row and one other mention.
    expect(run.status).toBe(1);
    expect(errorsOf(run)).toEqual(['orphan-code-text page 6', 'orphan-code-text page 6']);
    const messages = run.findings.map((finding) => finding.message).join('\n');
    expect(messages).toContain('code `0960T`');
    expect(messages).toContain('code `0958T`');
  });

  test('duplicated row', () => {
    const path = writeAltered('duplicate', (result) => {
      const codes = result.release.codeGroups[0]!.codes;
      const index = rowIndex(result, '0600T');
      codes.splice(index + 1, 0, structuredClone(codes[index]!));
    });

    const run = runValidate([path]);

    expect(run.status).toBe(1);
    expect(errorsOf(run)).toEqual(['duplicate-code page 4']);
  });

  test('duplicated row in the text rendition', () => {
    const path = writeAlteredText('duplicate-text', '2026-04-15.txt', (text) => {
      const line = text.split('\n').find((item) => item.startsWith('0600T\t'))!;
      return text.replace(line, `${line}\n${line}`);
    });

    const run = runValidate([path]);

    expect(run.status).toBe(1);
    expect(errorsOf(run)).toEqual(['duplicate-code page 1']);
  });

  test('empty description', () => {
    const path = writeAltered('empty', (result) => {
      result.release.codeGroups[0]!.codes[rowIndex(result, '1003T')]!.description = '';
    });

    const run = runValidate([path]);

    expect(run.status).toBe(1);
    expect(errorsOf(run)).toEqual(['empty-description page 7']);
  });

  test('next review date before the effective date', () => {
    const path = writeAlteredText('review', '2026-04-15.txt', (text) =>
      text.replace('Next Review Date8/15/2026', 'Next Review Date3/15/2026'),
    );

    const run = runValidate([path]);

    expect(run.status).toBe(1);
    expect(errorsOf(run)).toEqual(['review-before-effective page 1']);
  });

  test('missing title', () => {
    const path = writeAltered('title', (result) => {
      result.release.policy.title = '';
    });

    const run = runValidate([path]);

    expect(run.status).toBe(1);
    expect(errorsOf(run)).toEqual(['missing-metadata page 1']);
  });

  test('file named for the wrong date', () => {
    const dir = join(tempDir, 'wrong-date', 'cigna-0558');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, '2026-04-16.pdf');
    copyFileSync(PDF, path);

    const run = runValidate([path]);

    expect(run.status).toBe(1);
    expect(errorsOf(run)).toEqual(['source-name-mismatch page 1']);
    expect(run.findings.find((finding) => finding.rule === 'source-name-mismatch')!.message).toContain('2026-04-16');
  });

  test('renditions that disagree', () => {
    const dir = join(tempDir, 'renditions', 'cigna-0558');
    mkdirSync(dir, { recursive: true });
    copyFileSync(PDF, join(dir, '2026-04-15.pdf'));
    writeAlteredText('renditions', '2026-04-15.txt', (text) =>
      text.replace('0582T\tTransurethral ablation', '0582T\tTransurethral resection'),
    );

    const run = runValidate([join(dir, '2026-04-15.pdf'), join(dir, '2026-04-15.txt')]);

    expect(run.status).toBe(1);
    expect(errorsOf(run)).toEqual(['rendition-disagreement page 4']);
    const [finding] = run.findings.filter((item) => item.rule === 'rendition-disagreement');
    expect(finding!.jsonPath).toBe('codeGroups[0].codes[12].description');
    expect(finding!.message).toContain('`0582T`');
    expect(finding!.message).toContain('2026-04-15.txt');
  });
});

describe('validate on a truncated copy', () => {
  test('text cut after the first code rows', () => {
    const path = writeAlteredText('truncated', '2026-04-15.txt', (text) => text.slice(0, 9000));

    const run = runValidate([path]);

    expect(run.status).toBe(1);
    expect(errorsOf(run)).toEqual(['missing-section page 1']);
  });
});

describe('validate with unusable input', () => {
  test('missing file', () => {
    const run = runValidate([join(tempDir, 'absent.pdf')]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('absent.pdf');
  });

  test('JSON that is no release', () => {
    const path = join(tempDir, 'other.json');
    writeFileSync(path, '{"name": "policy"}');

    const run = runValidate([path]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('not a release');
  });

  test('release with a malformed row', () => {
    const path = writeAltered('malformed', (result) => {
      (result.release.codeGroups[0]!.codes[0] as unknown as Record<string, unknown>).description = 7;
    });

    const run = runValidate([path]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('/codeGroups/0/codes/0/description must be string');
  });

  test('malformed coding text', () => {
    const path = writeAltered('malformed-text', (result) => {
      result.codingText.push({ page: 'three' } as unknown as ParseResult['codingText'][number]);
    });

    const run = runValidate([path]);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('codingText must be a list');
  });

  test('unusable file does not stop the others', () => {
    const empty = join(tempDir, 'empty.txt');
    writeFileSync(empty, '');

    const run = runValidate([empty, TEXT], 'github');

    expect(run.status).toBe(2);
    expect(run.stdout).toContain('::warning file=');
    expect(run.stdout).toContain(`::error file=${empty},title=unusable input::${empty}: the file is empty`);
    expect(run.stderr).toContain(`error: ${empty}: the file is empty; expected a policy as PDF, HTML or text.`);
    expect(run.stderr).toContain('0 errors, 8 warnings in 1 file');
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeAll, describe, expect, test } from 'vitest';

import { makeDecompressionBombPdf, makeManyPagePdf } from '../helpers/make-pdf.ts';
import { fixturesDir, sourcesDir } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';

describe('policydiff extract', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'policydiff-extract-'));
  });

  test('prints the release as JSON on stdout', () => {
    const run = runCli(['extract', 'sources/cigna-0558/2026-04-15.pdf']);
    expect(run.status).toBe(0);
    const release = JSON.parse(run.stdout);
    expect(release.policy.number).toBe('0558');
    expect(release.codeGroups[0].codes).toHaveLength(56);
    expect(run.stdout.endsWith('}\n')).toBe(true);
  });

  test('missing file', () => {
    const run = runCli(['extract', join(dir, 'nope.pdf')]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`error: ${join(dir, 'nope.pdf')}: file not found or not readable (ENOENT); check the path.\n`);
  });

  test('empty file', () => {
    const path = join(dir, 'empty.pdf');
    writeFileSync(path, '');
    const run = runCli(['extract', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`error: ${path}: the file is empty; expected a policy as PDF, HTML or text.\n`);
  });

  test('binary file that is not a PDF', () => {
    const path = join(dir, 'image.pdf');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const run = runCli(['extract', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${path}: not a PDF, HTML or text file (it starts with bytes 89 50 4e 47 0d 0a 1a 0a)`);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('truncated PDF', () => {
    const path = join(dir, 'truncated.pdf');
    const bytes = readFileSync(join(sourcesDir, 'cigna-0558/2026-04-15.pdf'));
    writeFileSync(path, bytes.subarray(0, 2000));
    const run = runCli(['extract', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^error: ${escape(path)}: (not a valid PDF|the PDF could not be read|no coverage policy found)`));
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('encrypted PDF', () => {
    const path = join(fixturesDir, 'pdf/encrypted-0558.pdf');
    const run = runCli(['extract', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`error: ${path}: the PDF is encrypted with a password; save an unprotected copy and try again.\n`);
  });

  test('PDF of 5,000 pages', () => {
    const path = join(dir, 'many-pages.pdf');
    writeFileSync(path, makeManyPagePdf(5000));
    const run = runCli(['extract', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`error: ${path}: the PDF has 5000 pages, over the limit of 1000; expected one coverage policy.\n`);
  });

  test('PDF with a decompression bomb', () => {
    const path = join(dir, 'bomb.pdf');
    writeFileSync(path, makeDecompressionBombPdf(200 * 1024 * 1024));
    const run = runCli(['extract', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^error: ${escape(path)}: the compressed stream at byte \\d+ expands to more than 128 MiB`));
  });

  test('PDF that is no policy', () => {
    const path = join(dir, 'blank.pdf');
    writeFileSync(path, makeManyPagePdf(2));
    const run = runCli(['extract', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `error: ${path}: no coverage policy found: no masthead (Effective Date, Coverage Policy Number), no Coding Information codes and no Revision Details table; expected a medical coverage policy.\n`,
    );
  });

  test('UTF-16 text', () => {
    const path = join(dir, 'utf16.txt');
    const text = readFileSync(join(sourcesDir, 'cigna-0558/2026-04-15.txt'), 'utf8');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const run = runCli(['extract', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`error: ${path}: the text is encoded as UTF-16, which is not supported for text renditions; save it as UTF-8.\n`);
  });

  test('text file over the size limit', () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, 'Medical Coverage Policy\n'.repeat(500_000));
    const run = runCli(['extract', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`error: ${path}: the text file is 12000000 bytes, over the limit of 10485760; expected one coverage policy.\n`);
  });

  test('--verbose summarizes the extraction on stderr', () => {
    const run = runCli(['extract', 'sources/cigna-0558/2026-04-15.txt', '--verbose']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'sources/cigna-0558/2026-04-15.txt: txt, 1 page(s), 1 code group(s) with 56 code(s), 16 exception row(s), 7 revision row(s)\n' +
        'sources/cigna-0558/2026-04-15.txt: 8 warning(s); run `policydiff validate sources/cigna-0558/2026-04-15.txt` to see them.\n',
    );
  });

  test('truncated text prints its release and exits 1', () => {
    const path = join(dir, 'truncated.txt');
    writeFileSync(path, readFileSync(join(sourcesDir, 'cigna-0558/2026-04-15.txt'), 'utf8').slice(0, 9000));
    const run = runCli(['extract', path]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).policy.number).toBe('0558');
    expect(run.stderr).toBe(
      `error missing-section: ${path} page 1, revisions: no Revision Details rows; expected the revision table at the end of the policy. The document may be truncated: check that it is complete.\n`,
    );
  });

  test('directory in place of a file', () => {
    const run = runCli(['extract', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`error: ${dir}: is a directory; expected a policy document (PDF, HTML or text).\n`);
  });

  test('missing argument', () => {
    const run = runCli(['extract']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Not enough non-option arguments');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import { readTree } from '../../src/build/write-output.ts';
import { sourcesDir } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';

/** A working folder with a copy of the committed 0558 sources. */
function copySources(): { dir: string; sources: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'policydiff-build-'));
  const sources = join(dir, 'sources');
  cpSync(sourcesDir, sources, { recursive: true });
  return { dir, sources, out: join(dir, 'generated') };
}

describe('policydiff build', () => {
  test('writes the same bytes on a second run', async () => {
    const { sources, out } = copySources();
    expect(runCli(['build', '--sources', sources, '--out', out]).status).toBe(0);
    const first = await readTree(out);
    expect(runCli(['build', '--sources', sources, '--out', out]).status).toBe(0);
    const second = await readTree(out);

    expect([...first.keys()]).toEqual([
      'dataset/codes.csv',
      'dataset/codes.json',
      'dataset/history.json',
      'index.json',
      'releases/cigna-0558/2026-04-15.json',
      'schema/codes.schema.json',
      'schema/diff.schema.json',
      'schema/history.schema.json',
      'schema/index.schema.json',
      'schema/release.schema.json',
    ]);
    expect(second).toEqual(first);
  });

  test('one release from three renditions lists every source', () => {
    const { sources, out } = copySources();
    expect(runCli(['build', '--sources', sources, '--out', out]).status).toBe(0);
    const release = JSON.parse(readFileSync(join(out, 'releases/cigna-0558/2026-04-15.json'), 'utf8'));
    expect(release.source.map((source: { format: string }) => source.format)).toEqual(['html', 'pdf', 'txt']);
  });

  test('an altered HTML rendition fails with rendition-disagreement', () => {
    const { sources, out } = copySources();
    const htmlPath = join(sources, 'cigna-0558/2026-04-15.html');
    const html = readFileSync(htmlPath, 'utf8');
    const altered = html.replace('Submucosal cryolysis therapy; soft palate only', 'Submucosal cryolysis therapy; hard palate only');
    expect(altered).not.toBe(html);
    writeFileSync(htmlPath, altered);

    const run = runCli(['build', '--sources', sources, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/error rendition-disagreement: .*0979T/);
    expect(run.stderr).toContain('2026-04-15.html');
    expect(run.stderr).toContain('2026-04-15.pdf');
    expect(existsSync(out)).toBe(false);
  });

  test('a failing build leaves the previous output untouched', async () => {
    const { sources, out } = copySources();
    expect(runCli(['build', '--sources', sources, '--out', out]).status).toBe(0);
    const before = await readTree(out);

    writeFileSync(join(sources, 'cigna-0558/2026-04-15.txt'), 'not a policy\n');
    const run = runCli(['build', '--sources', sources, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cigna-0558/2026-04-15.txt');
    expect(await readTree(out)).toEqual(before);
  });

  test('a file named against the pattern', () => {
    const { sources, out } = copySources();
    writeFileSync(join(sources, 'cigna-0558/latest.pdf'), readFileSync(join(sourcesDir, 'cigna-0558/2026-04-15.pdf')));
    const run = runCli(['build', '--sources', sources, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `error: ${sources}/cigna-0558/latest.pdf: not a release file name; expected <effective-date>.<pdf|html|txt>, for example 2026-04-15.pdf.\n`,
    );
  });

  test('a folder named against the pattern', () => {
    const { sources, out } = copySources();
    mkdirSync(join(sources, 'Policy 0558'));
    const run = runCli(['build', '--sources', sources, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `error: ${sources}/Policy 0558: not a policy folder; expected <publisher>-<policy>, for example sources/cigna-0558.\n`,
    );
  });

  test('a missing sources folder', () => {
    const { dir } = copySources();
    const run = runCli(['build', '--sources', join(dir, 'none'), '--out', join(dir, 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${join(dir, 'none')}: cannot list the folder (ENOENT)`);
  });

  test('refuses to write over the sources', () => {
    const { sources } = copySources();
    const run = runCli(['build', '--sources', sources, '--out', sources]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--out ${sources}: the output folder is or contains the sources folder`);
    expect(existsSync(join(sources, 'cigna-0558/2026-04-15.txt'))).toBe(true);
  });

  test('refuses a folder it did not write', () => {
    const { dir, sources } = copySources();
    const notes = join(dir, 'notes');
    mkdirSync(notes);
    writeFileSync(join(notes, 'keep.txt'), 'precious\n');
    const run = runCli(['build', '--sources', sources, '--out', notes]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `error: --out ${notes}: the folder exists but holds no policydiff index.json, and a build would replace everything in it; remove it or choose another folder.\n`,
    );
    expect(readFileSync(join(notes, 'keep.txt'), 'utf8')).toBe('precious\n');
  });

  test('refuses a file as the output folder', () => {
    const { dir, sources } = copySources();
    const file = join(dir, 'afile');
    writeFileSync(file, 'hi\n');
    const run = runCli(['build', '--sources', sources, '--out', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`error: --out ${file}: exists and is not a folder; choose a folder for the generated files.\n`);
  });

  test('output does not depend on how the sources path is written', async () => {
    const { dir, sources, out } = copySources();
    expect(runCli(['build', '--sources', sources, '--out', out]).status).toBe(0);
    const relativeOut = join(dir, 'relative');
    expect(runCli(['build', '--sources', 'sources', '--out', 'relative'], { cwd: dir }).status).toBe(0);
    expect(await readTree(relativeOut)).toEqual(await readTree(out));
  });

  test('removes staging folders a killed build left', () => {
    const { dir, sources, out } = copySources();
    mkdirSync(join(dir, '.generated.tmp-99999'));
    const run = runCli(['build', '--sources', sources, '--out', out]);
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, '.generated.tmp-99999'))).toBe(false);
  });

  test('--quiet prints errors only', () => {
    const { sources, out } = copySources();
    const run = runCli(['build', '--sources', sources, '--out', out, '--quiet']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  test('an option without its value', () => {
    const run = runCli(['build', '--out']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('error: Not enough arguments following: out\nRun `policydiff --help` for usage.\n');
  });

  test('a file named for a date that does not exist', () => {
    const { sources, out } = copySources();
    writeFileSync(join(sources, 'cigna-0558/2026-02-30.txt'), readFileSync(join(sourcesDir, 'cigna-0558/2026-04-15.txt')));
    const run = runCli(['build', '--sources', sources, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cigna-0558/2026-02-30.txt: not a release file name');
  });
});

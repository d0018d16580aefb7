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
});

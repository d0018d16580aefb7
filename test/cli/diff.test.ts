import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { diffReleases } from '../../src/diff/diff-releases.ts';
import { toStableJson } from '../../src/stable-json.ts';
import { ADDED_REVISION, editRelease, NEW_CODE_DESCRIPTION } from '../diff/next-release.ts';
import { buildRelease0558 } from '../diff/release-fixture.ts';
import { editTextRendition } from '../diff/rendition-edits.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TEXT = fileURLToPath(new URL('../fixtures/published/cigna-0558-2026-04-15.txt', import.meta.url));

let tempDir: string;
let oldJson: string;
let newJson: string;

function run(...args: string[]) {
  return spawnSync(process.execPath, [join(REPO, 'bin/policydiff.js'), ...args], { cwd: REPO, encoding: 'utf8' });
}

beforeAll(() => {
  tempDir = mkdtempSync(join(tmpdir(), 'policydiff-diff-'));
  const old = buildRelease0558();
  oldJson = join(tempDir, 'old.json');
  newJson = join(tempDir, 'new.json');
  writeFileSync(oldJson, toStableJson(old));
  writeFileSync(newJson, toStableJson(editRelease(old)));
});

afterAll(() => {
  rmSync(tempDir, { recursive: true, force: true });
});

describe('policydiff diff', () => {
  test('release JSON to Markdown by default', () => {
    const result = run('diff', oldJson, newJson);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('# Cigna 0558: 2026-04-15 → 2026-10-15\n')).toBe(true);
    expect(result.stdout).toContain('## Coverage changes');
    expect(result.stderr).toContain('5 coverage and 6 editorial changes');
  });

  test('JSON format equals the diff', () => {
    const result = run('diff', oldJson, newJson, '--format', 'json');
    expect(result.status).toBe(0);
    const old = buildRelease0558();
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(toStableJson(diffReleases(old, editRelease(old)))));
  });

  test('text documents to HTML', () => {
    const next = join(tempDir, '2026-10-15.txt');
    writeFileSync(next, editTextRendition(readFileSync(TEXT, 'utf8'), NEW_CODE_DESCRIPTION, ADDED_REVISION.summary.join(' ')));
    const result = run('diff', TEXT, next, '--format', 'html');
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(result.stdout).toContain('<td data-count="coverage">5</td>');
    expect(result.stdout).toContain('id="code-1026T"');
  });

  test('document against release JSON', () => {
    const result = run('diff', TEXT, newJson, '--format', 'json');
    expect(result.status).toBe(0);
    const diff = JSON.parse(result.stdout);
    expect(diff.old.sources).toEqual([TEXT]);
    expect(diff.new.effectiveDate).toBe('2026-10-15');
  });

  test('unannounced changes warned on stderr', () => {
    const next = editRelease(buildRelease0558());
    next.revisions.shift();
    const path = join(tempDir, 'unannounced.json');
    writeFileSync(path, toStableJson(next));
    const result = run('diff', oldJson, path);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[!CAUTION]');
    expect(result.stderr).toContain('warning: coverage changes that the new release does not announce');
  });

  test('releases in reverse order warned', () => {
    const result = run('diff', newJson, oldJson);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('is effective 2026-10-15, after');
    expect(result.stdout).toContain('# Cigna 0558: 2026-10-15 → 2026-04-15');
  });

  test('release JSON of wrong shape', () => {
    const path = join(tempDir, 'bad.json');
    writeFileSync(path, '{ "schemaVersion": 1, "policy": {} }\n');
    const result = run('diff', path, newJson);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${path}: JSON is not a release of schema version 1`);
    expect(result.stdout).toBe('');
  });

  test('invalid JSON', () => {
    const path = join(tempDir, 'broken.json');
    writeFileSync(path, '{ "schemaVersion": 1, ');
    const result = run('diff', path, newJson);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${path}: invalid JSON`);
  });

  test('missing file', () => {
    const result = run('diff', join(tempDir, 'absent.pdf'), newJson);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('absent.pdf: file not found');
  });

  test('unknown format', () => {
    const result = run('diff', oldJson, newJson, '--format', 'pdf');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Invalid values');
  });
});

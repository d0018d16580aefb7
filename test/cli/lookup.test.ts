import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { buildCodeRows } from '../../src/build/dataset.ts';
import type { PolicyRelease } from '../../src/model/release.ts';
import { toStableJson } from '../../src/stable-json.ts';
import { editRelease } from '../diff/next-release.ts';
import { buildRelease0558 } from '../diff/release-fixture.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

let tempDir: string;
let generated: string;

function run(...args: string[]) {
  return spawnSync(process.execPath, [join(REPO, 'bin/policydiff.js'), ...args], { cwd: REPO, encoding: 'utf8' });
}

function writeFile(path: string, contents: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, contents);
}

/**
 * Writes a generated/ folder with two releases of 0558, the dataset taken from the newer one
 * (without 0207T), and one other policy that does not list 0207T either.
 */
function writeGenerated(root: string): void {
  const old = buildRelease0558();
  const next = editRelease(old);
  const other: PolicyRelease = {
    ...buildRelease0558(),
    policy: { ...old.policy, publisher: 'Aetna', number: '0352', title: 'Tumor Markers', effectiveDate: '2026-02-12' },
    coveredElsewhere: [],
    revisions: [],
  };
  other.codeGroups[0]!.status = 'medically-necessary';
  other.codeGroups[0]!.heading = 'Medically Necessary';
  other.codeGroups[0]!.codes = other.codeGroups[0]!.codes.filter((row) => row.code !== '0207T');

  writeFile(join(root, 'releases/cigna-0558/2026-04-15.json'), toStableJson(old));
  writeFile(join(root, 'releases/cigna-0558/2026-10-15.json'), toStableJson(next));
  writeFile(join(root, 'releases/aetna-0352/2026-02-12.json'), toStableJson(other));
  const rows = buildCodeRows([
    { policyKey: 'aetna-0352', release: other },
    { policyKey: 'cigna-0558', release: next },
  ]);
  writeFile(join(root, 'dataset/codes.json'), toStableJson({ schemaVersion: 1, codes: rows }));
}

beforeAll(() => {
  tempDir = mkdtempSync(join(tmpdir(), 'policydiff-lookup-'));
  generated = join(tempDir, 'generated');
  writeGenerated(generated);
});

afterAll(() => {
  rmSync(tempDir, { recursive: true, force: true });
});

describe('policydiff lookup', () => {
  test('status in every policy', () => {
    const result = run('lookup', '0351T', '--generated', generated);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0351T (CPT Category III)');
    expect(result.stdout).toContain(
      'aetna-0352, effective 2026-02-12: Tumor Markers\n  medically-necessary: listed under "Medically Necessary"',
    );
    expect(result.stdout).toContain(
      'cigna-0558, effective 2026-10-15: Category III Current Procedural Terminology (CPT®) codes\n' +
        '  experimental-investigational-unproven: listed under "Considered Experimental/Investigational/Unproven"\n' +
        '    Optical coherence tomography of breast or axillary lymph node, resected tissue',
    );
    expect(result.stdout).not.toContain('Default position');
  });

  test('covered elsewhere, lower-case input', () => {
    const result = run('lookup', '0537t', '--generated', generated);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('  covered elsewhere by "Idecabtagene vicleucel"');
    expect(result.stdout).toContain('aetna-0352, effective 2026-02-12: Tumor Markers\n  not listed');
  });

  test('Category III code no policy lists', () => {
    // 0207T was removed from the newest release of 0558, so only the default position applies.
    const result = run('lookup', '0207T', '--generated', generated);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No policy lists 0207T. Default position of cigna-0558 (effective 2026-10-15):');
    expect(result.stdout).toContain('Category III codes are considered experimental, investigational or unproven');
  });

  test('Category I code has no default position', () => {
    const result = run('lookup', '99213', '--generated', generated);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('99213 (CPT Category I)');
    expect(result.stdout).not.toContain('Default position');
  });

  test('JSON output', () => {
    const result = run('lookup', '0650T', '--generated', generated, '--format', 'json');
    expect(result.status).toBe(0);
    const lookup = JSON.parse(result.stdout);
    expect(lookup.listed).toBe(true);
    expect(lookup.policies.map((position: { policy: string }) => position.policy)).toEqual(['aetna-0352', 'cigna-0558']);
    expect(lookup.policies[1].listings[0].status).toBe('experimental-investigational-unproven');
  });

  test('malformed code', () => {
    const result = run('lookup', '0207X', '--generated', generated);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('code `0207X` matches no code format');
    expect(result.stdout).toBe('');
  });

  test('missing generated folder', () => {
    const absent = join(tempDir, 'absent');
    const result = run('lookup', '0207T', '--generated', absent);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${join(absent, 'dataset', 'codes.json')}: file not found; run \`policydiff build\` first`);
  });

  test('dataset of wrong shape', () => {
    const broken = join(tempDir, 'broken');
    writeFile(join(broken, 'dataset/codes.json'), '{ "schemaVersion": 1, "codes": [{}] }\n');
    const result = run('lookup', '0207T', '--generated', broken);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('not a codes dataset of schema version 1');
  });
});

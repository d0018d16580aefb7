import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import yargs from 'yargs';

import { checkCommand, compareGeneratedTree, type PlanBuild } from '../../src/cli/commands/check.ts';
import type { Finding } from '../../src/model/finding.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

let tempDir: string;

beforeAll(() => {
  tempDir = mkdtempSync(join(tmpdir(), 'policydiff-check-'));
});

afterAll(() => {
  rmSync(tempDir, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

function writeTree(name: string, files: Record<string, string>): string {
  const root = join(tempDir, name);
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
  mkdirSync(root, { recursive: true });
  return root;
}

const PLANNED = new Map([
  ['index.json', '{}\n'],
  ['releases/cigna-0558/2026-04-15.json', '{"schemaVersion": 1}\n'],
]);

describe('compareGeneratedTree', () => {
  test('identical tree', async () => {
    const out = writeTree('same', Object.fromEntries(PLANNED));
    expect(await compareGeneratedTree(PLANNED, out)).toEqual([]);
  });

  test('missing, extra and different files', async () => {
    const out = writeTree('changed', {
      'index.json': '{} \n',
      'releases/cigna-0558/2025-04-15.json': '{}\n',
    });

    expect(await compareGeneratedTree(PLANNED, out)).toEqual([
      { path: 'index.json', kind: 'different' },
      { path: 'releases/cigna-0558/2025-04-15.json', kind: 'extra' },
      { path: 'releases/cigna-0558/2026-04-15.json', kind: 'missing' },
    ]);
  });

  test('absent output folder', async () => {
    const differences = await compareGeneratedTree(PLANNED, join(tempDir, 'absent'));
    expect(differences.map((difference) => difference.kind)).toEqual(['missing', 'missing']);
  });
});

async function runCheck(plan: PlanBuild, sources: string, out: string): Promise<{ exitCode: number; stderr: string }> {
  let exitCode = 0;
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  await yargs(['check', '--sources', sources, '--out', out])
    .command(checkCommand((code) => (exitCode = code), plan))
    .strict()
    .fail((message, error) => {
      throw error ?? new Error(message);
    })
    .parseAsync();
  return { exitCode, stderr };
}

describe('check command with a given plan', () => {
  const plan: PlanBuild = async () => ({ files: PLANNED, findings: [] });

  test('matching tree exits 0', async () => {
    const out = writeTree('command-same', Object.fromEntries(PLANNED));
    const run = await runCheck(plan, tempDir, out);

    expect(run.exitCode).toBe(0);
  });

  test('edited file exits 1 and is named', async () => {
    const out = writeTree('command-edited', { ...Object.fromEntries(PLANNED), 'index.json': '{"x": 1}\n' });
    const run = await runCheck(plan, tempDir, out);

    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(`${out}/index.json: differs`);
    expect(run.stderr).not.toContain('2026-04-15.json');
  });

  test('error findings exit 1', async () => {
    const finding: Finding = {
      rule: 'code-format',
      severity: 'error',
      path: 'sources/cigna-0558/2026-04-15.pdf',
      page: 3,
      jsonPath: 'codeGroups[0].codes[0].code',
      message: 'code `O339T` matches no code format',
    };
    const out = writeTree('command-findings', Object.fromEntries(PLANNED));
    const run = await runCheck(async () => ({ files: PLANNED, findings: [finding] }), tempDir, out);

    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('error code-format: code `O339T`');
  });

  test('missing sources folder is an input error', async () => {
    await expect(runCheck(plan, join(tempDir, 'no-sources'), tempDir)).rejects.toThrow('sources folder not found');
  });
});

function runCli(args: string[], cwd: string) {
  return spawnSync(process.execPath, [join(REPO, 'bin/policydiff.js'), ...args], { cwd, encoding: 'utf8' });
}

describe('check against a real build', () => {
  let project: string;

  beforeAll(() => {
    project = join(tempDir, 'project');
    cpSync(join(REPO, 'sources'), join(project, 'sources'), { recursive: true });
    const build = runCli(['build'], project);
    expect(build.status, build.stderr).toBe(0);
  });

  test('fresh build passes', () => {
    const run = runCli(['check'], project);

    expect(run.status, run.stderr).toBe(0);
  });

  test('one edited byte fails', () => {
    const path = join(project, 'generated/releases/cigna-0558/2026-04-15.json');
    const original = readFileSync(path);
    const edited = Buffer.from(original);
    edited[edited.length - 2] = edited[edited.length - 2] === 0x7d ? 0x5d : 0x7d;
    writeFileSync(path, edited);

    try {
      const run = runCli(['check'], project);

      expect(run.status).toBe(1);
      expect(run.stderr).toContain('generated/releases/cigna-0558/2026-04-15.json: differs');
    } finally {
      writeFileSync(path, original);
    }
  });

  test('source added without rebuilding fails', () => {
    const text = readFileSync(join(project, 'sources/cigna-0558/2026-04-15.txt'), 'utf8')
      .replace('Effective Date4/15/2026', 'Effective Date8/15/2026')
      .replace('Next Review Date8/15/2026', 'Next Review Date12/15/2026');
    const added = join(project, 'sources/cigna-0558/2026-08-15.txt');
    writeFileSync(added, text);

    try {
      const run = runCli(['check'], project);

      expect(run.status).toBe(1);
      expect(run.stderr).toContain('generated/releases/cigna-0558/2026-08-15.json: missing');
    } finally {
      rmSync(added);
    }
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { Ajv } from 'ajv';
import { beforeAll, describe, expect, test } from 'vitest';

import { buildCodeRows } from '../../src/build/dataset.ts';
import { diffReleases } from '../../src/diff/diff-releases.ts';
import { CHANGE_KINDS } from '../../src/diff/types.ts';
import { extractDocument } from '../../src/extract.ts';
import type { PolicyRelease } from '../../src/model/release.ts';
import { renderDiffJson } from '../../src/render/json.ts';
import { codesSchema, diffSchema, historySchema, indexSchema, releaseSchema } from '../../src/schema/index.ts';
import { toStableJson } from '../../src/stable-json.ts';
import { releasesWithEveryKind } from '../diff/every-kind.ts';
import { editRelease } from '../diff/next-release.ts';

const PDF = fileURLToPath(new URL('../../sources/cigna-0558/2026-04-15.pdf', import.meta.url));

function validator(schema: object) {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  return (value: unknown): string[] => (validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`));
}

describe('JSON Schemas', () => {
  let release: PolicyRelease;

  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(PDF));
    release = (await extractDocument(bytes, 'sources/cigna-0558/2026-04-15.pdf')).release;
  });

  test('release schema accepts the 0558 extraction', () => {
    expect(validator(releaseSchema)(JSON.parse(toStableJson(release)))).toEqual([]);
  });

  test('release schema rejects a missing field', () => {
    const broken = JSON.parse(toStableJson(release));
    delete broken.codeGroups[0].codes[0].description;
    expect(validator(releaseSchema)(broken)).toEqual(['/codeGroups/0/codes/0 must have required property \'description\'']);
  });

  test('release schema rejects a bad date', () => {
    const broken = JSON.parse(toStableJson(release));
    broken.policy.effectiveDate = '4/15/2026';
    expect(validator(releaseSchema)(broken)).toHaveLength(1);
  });

  test('diff schema accepts the 0558 diff', () => {
    const json = renderDiffJson(diffReleases(release, editRelease(release)));
    expect(validator(diffSchema)(JSON.parse(json))).toEqual([]);
  });

  test('diff schema accepts every change kind', () => {
    const { old, next } = releasesWithEveryKind();
    const diff = diffReleases(old, next);
    const kinds = new Set(diff.changes.map((change) => change.kind));
    expect(CHANGE_KINDS.filter((kind) => !kinds.has(kind))).toEqual([]);
    expect(validator(diffSchema)(JSON.parse(renderDiffJson(diff)))).toEqual([]);
  });

  test('diff schema accepts an unannounced change', () => {
    const next = editRelease(release);
    next.revisions[0]!.summary = ['No clinical policy statement changes.'];
    const diff = diffReleases(release, next);
    expect(diff.unannounced).not.toBeNull();
    expect(validator(diffSchema)(JSON.parse(renderDiffJson(diff)))).toEqual([]);
  });

  test('diff schema rejects a wrong class', () => {
    const diff = JSON.parse(renderDiffJson(diffReleases(release, editRelease(release))));
    diff.changes[0].class = 'editorial';
    expect(validator(diffSchema)(diff).length).toBeGreaterThan(0);
  });

  test('codes schema accepts the dataset rows', () => {
    const codes = { schemaVersion: 1, codes: buildCodeRows([{ policyKey: 'cigna-0558', release }]) };
    expect(codes.codes.length).toBeGreaterThan(50);
    expect(validator(codesSchema)(JSON.parse(toStableJson(codes)))).toEqual([]);
  });

  test('codes schema rejects a row without policy', () => {
    const codes = { schemaVersion: 1, codes: buildCodeRows([{ policyKey: 'cigna-0558', release }]) };
    const broken = JSON.parse(toStableJson(codes));
    delete broken.codes[0].policy;
    expect(validator(codesSchema)(broken)).toEqual(['/codes/0 must have required property \'policy\'']);
  });

  test('history and index schemas accept the committed files', () => {
    const history = JSON.parse(readFileSync(new URL('../../generated/dataset/history.json', import.meta.url), 'utf8'));
    const index = JSON.parse(readFileSync(new URL('../../generated/index.json', import.meta.url), 'utf8'));
    expect(validator(historySchema)(history)).toEqual([]);
    expect(validator(indexSchema)(index)).toEqual([]);
  });

  test('index schema rejects an unknown severity', () => {
    const index = JSON.parse(readFileSync(new URL('../../generated/index.json', import.meta.url), 'utf8'));
    index.findings.items[0].severity = 'notice';
    expect(validator(indexSchema)(index)).toEqual(['/findings/items/0/severity must be equal to one of the allowed values']);
  });
});

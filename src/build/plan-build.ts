// The main job: every source document to the files of generated/, in memory. Nothing is
// written here, so `check` can compare the plan with the tree and `build` can write it whole.
import { readFile } from 'node:fs/promises';

import { diffReleases } from '../diff/diff-releases.ts';
import { compareText } from '../diff/text.ts';
import { InputError } from '../errors.ts';
import { extractDocument } from '../extract.ts';
import { buildHistory } from '../history/build-history.ts';
import type { Finding } from '../model/finding.ts';
import type { ParseResult } from '../model/parse-result.ts';
import type { PolicyRelease } from '../model/release.ts';
import { renderDiffHtml } from '../render/html.ts';
import { renderDiffJson } from '../render/json.ts';
import { renderDiffMarkdown } from '../render/markdown.ts';
import { codesSchema, diffSchema, historySchema, indexSchema, releaseSchema } from '../schema/index.ts';
import { toStableJson } from '../stable-json.ts';
import { sortFindings } from '../validate/index.ts';
import { findUnannouncedChanges } from '../validate/rules/unannounced-change.ts';
import { assembleRelease, type AssembledRelease, type ExtractedRendition } from './assemble-release.ts';
import { buildCodeRows, renderCodesCsv } from './dataset.ts';
import { buildIndex } from './index-file.ts';
import { RENDITION_ORDER, scanSources, type SourceFile } from './scan-sources.ts';

export interface BuildPlan {
  /** Contents by path relative to the output folder, with `/` separators. */
  files: Map<string, string>;
  findings: Finding[];
}

export interface BuildProgress {
  (message: string): void;
}

export async function planBuild(sourcesDir: string, progress: BuildProgress = () => {}): Promise<BuildPlan> {
  const sources = await scanSources(sourcesDir);
  const files = new Map<string, string>();
  const findings: Finding[] = [];
  const newest: AssembledRelease[] = [];
  const allReleases: PolicyRelease[] = [];

  for (const [policyKey, releases] of groupByPolicy(sources)) {
    let previous: AssembledRelease | undefined;

    for (const [date, renditionFiles] of releases) {
      const renditions: ExtractedRendition[] = [];
      for (const file of renditionFiles) {
        progress(`extracting ${file.path}`);
        const result = await extractSource(file);
        const codes = result.release.codeGroups.reduce((count, group) => count + group.codes.length, 0);
        progress(`${file.path}: ${codes} code(s) in ${result.release.codeGroups.length} group(s), ${result.release.revisions.length} revision row(s)`);
        renditions.push({ path: file.path, result });
      }

      const assembled = assembleRelease(policyKey, renditions, previous?.release);
      findings.push(...assembled.findings);
      files.set(`releases/${policyKey}/${date}.json`, toStableJson(assembled.release));
      allReleases.push(assembled.release);

      if (previous) {
        const diff = diffReleases(previous.release, assembled.release);
        const stem = `diffs/${policyKey}/${previous.release.policy.effectiveDate}_${date}`;
        files.set(`${stem}.json`, renderDiffJson(diff));
        files.set(`${stem}.md`, renderDiffMarkdown(diff));
        files.set(`${stem}.html`, renderDiffHtml(diff));
        findings.push(...findUnannouncedChanges(previous.release, assembled.release, renditionFiles[0]!.path));
      }
      previous = assembled;
    }
    if (previous) newest.push(previous);
  }

  const codeRows = buildCodeRows(newest);
  files.set('dataset/codes.json', toStableJson({ schemaVersion: 1, codes: codeRows }));
  files.set('dataset/codes.csv', renderCodesCsv(codeRows));
  files.set('dataset/history.json', toStableJson(buildHistory(allReleases)));
  files.set('schema/release.schema.json', toStableJson(releaseSchema));
  files.set('schema/diff.schema.json', toStableJson(diffSchema));
  files.set('schema/codes.schema.json', toStableJson(codesSchema));
  files.set('schema/history.schema.json', toStableJson(historySchema));
  files.set('schema/index.schema.json', toStableJson(indexSchema));

  const sorted = sortFindings(findings);
  files.set('index.json', toStableJson(buildIndex(sources, newest, allReleases, sorted)));
  return { files: sortFiles(files), findings: sorted };
}

/** Extracts one source; an input error names the file where it can be found. */
async function extractSource(file: SourceFile): Promise<ParseResult> {
  const bytes = new Uint8Array(await readFile(file.location));
  try {
    return await extractDocument(bytes, file.path);
  } catch (error) {
    if (error instanceof InputError && error.message.startsWith(file.path)) {
      throw new InputError(`${toPosix(file.location)}${error.message.slice(file.path.length)}`);
    }
    throw error;
  }
}

function toPosix(path: string): string {
  return path.split('\\').join('/');
}

/** Sources by policy folder, then by effective date, each date's renditions in primary order. */
function groupByPolicy(sources: SourceFile[]): Map<string, Map<string, SourceFile[]>> {
  const policies = new Map<string, Map<string, SourceFile[]>>();
  for (const source of sources) {
    const releases = policies.get(source.policyKey) ?? new Map<string, SourceFile[]>();
    const renditions = releases.get(source.date) ?? [];
    renditions.push(source);
    releases.set(source.date, renditions);
    policies.set(source.policyKey, releases);
  }

  const sorted = new Map<string, Map<string, SourceFile[]>>();
  for (const key of [...policies.keys()].sort(compareText)) {
    const releases = policies.get(key)!;
    const byDate = new Map<string, SourceFile[]>();
    for (const date of [...releases.keys()].sort(compareText)) {
      byDate.set(date, releases.get(date)!.sort((a, b) => renditionRank(a) - renditionRank(b)));
    }
    sorted.set(key, byDate);
  }
  return sorted;
}

function renditionRank(file: SourceFile): number {
  return RENDITION_ORDER.indexOf(file.extension);
}

function sortFiles(files: Map<string, string>): Map<string, string> {
  return new Map([...files.entries()].sort(([a], [b]) => compareText(a, b)));
}

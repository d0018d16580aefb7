import { describe, expect, test } from 'vitest';

import { diffReleases } from '../../src/diff/diff-releases.ts';
import type { PolicyRelease } from '../../src/model/release.ts';
import { renderDiffHtml } from '../../src/render/html.ts';
import { renderDiffJson } from '../../src/render/json.ts';
import { renderDiffMarkdown } from '../../src/render/markdown.ts';
import { editRelease } from '../diff/next-release.ts';
import { buildRelease0558, cloneRelease } from '../diff/release-fixture.ts';

const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)> *bold* [link](http://example.invalid)';

function hostileRelease(): { old: PolicyRelease; next: PolicyRelease } {
  const old = buildRelease0558();
  const next = cloneRelease(old);
  const codes = next.codeGroups[0]!.codes;
  codes[0]!.description = `${codes[0]!.description} ${HOSTILE}`;
  codes.push({ ...codes[1]!, code: '1099T', description: HOSTILE, page: 6 });
  next.coveredElsewhere[0]!.policy = `${HOSTILE} policy`;
  next.revisions.unshift({ type: '<b>Review</b>', summary: [HOSTILE], date: '2026-10-15', page: 8 });
  return { old, next };
}

describe('renderDiffMarkdown', () => {
  const old = buildRelease0558();
  const diff = diffReleases(old, editRelease(old));
  const markdown = renderDiffMarkdown(diff);

  test('summary, then coverage, then editorial', () => {
    const summary = markdown.indexOf('## Summary');
    const coverage = markdown.indexOf('## Coverage changes');
    const editorial = markdown.indexOf('## Editorial changes');
    expect(summary).toBeGreaterThan(0);
    expect(coverage).toBeGreaterThan(summary);
    expect(editorial).toBeGreaterThan(coverage);
  });

  test('summary table counts', () => {
    expect(markdown).toContain('| **Coverage changes** | **5** |');
    expect(markdown).toContain('| **Editorial changes** | **6** |');
    expect(markdown).toContain('| Total | 11 |');
  });

  test('word changes marked', () => {
    expect(markdown).toContain('~~excised~~**resected** tissue');
  });

  test('pages shown per change', () => {
    expect(markdown).toContain('0207T removed from Considered Experimental/Investigational/Unproven (page 3 → –)');
  });

  test('unannounced changes shown first', () => {
    const next = editRelease(old);
    next.revisions.shift();
    const text = renderDiffMarkdown(diffReleases(old, next));
    expect(text).toContain('> [!CAUTION]');
    expect(text).toContain('the new release adds no revision row');
    expect(text.indexOf('[!CAUTION]')).toBeLessThan(text.indexOf('## Summary'));
  });

  test('no caution when announced', () => {
    expect(markdown).not.toContain('[!CAUTION]');
  });

  test('document text escaped', () => {
    const { old: before, next } = hostileRelease();
    const text = renderDiffMarkdown(diffReleases(before, next));
    expect(text).not.toMatch(/(?<!\\)</);
    expect(text).not.toMatch(/(?<!\\)&/);
    expect(text).not.toContain('[link](');
    expect(text).toContain('\\<script\\>');
  });
});

describe('renderDiffHtml', () => {
  const old = buildRelease0558();
  const diff = diffReleases(old, editRelease(old));
  const html = renderDiffHtml(diff);

  test('standalone page without scripts or external loads', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\b(src|href)="(?!#)/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  test('anchor per changed code', () => {
    for (const code of ['0207T', '0351T', '0650T', '1026T']) {
      expect(html).toContain(`id="code-${code}"`);
      expect(html).toContain(`href="#code-${code}"`);
    }
  });

  test('ids are unique', () => {
    const next = editRelease(old);
    const row = next.codeGroups[0]!.codes.find((candidate) => candidate.code === '0351T')!;
    row.addOn = true;
    const page = renderDiffHtml(diffReleases(old, next));
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('code-0351T-2');
  });

  test('table of contents links sections', () => {
    expect(html).toContain('<nav class="toc"');
    expect(html).toContain('href="#summary"');
    expect(html).toContain('href="#coverage"');
    expect(html).toContain('href="#kind-description-changed"');
    expect(html).toContain('id="kind-description-changed"');
  });

  test('word highlighting', () => {
    expect(html).toContain('<del>excised</del><ins>resected</ins>');
  });

  test('history warning links its section', () => {
    const next = editRelease(old);
    next.revisions = next.revisions.filter((row) => row.date !== '2024-08-15');
    next.revisions.find((row) => row.date === '2024-12-15')!.summary = ['Revised policy statement.'];
    const page = renderDiffHtml(diffReleases(old, next));
    expect(page).toContain('<a href="#kind-revision-removed">');
    expect(page).toContain('id="kind-revision-removed"');
    expect(page).not.toContain('#kind-revision-changed');
  });

  test('print style sheet', () => {
    expect(html).toContain('@media print');
  });

  test('summary counts carry data attributes', () => {
    expect(html).toContain('<td data-count="coverage">5</td>');
    expect(html).toContain('<td data-count="editorial">6</td>');
    expect(html).toContain('<td data-kind="metadata-changed">2</td>');
  });

  test('document text escaped', () => {
    const { old: before, next } = hostileRelease();
    const page = renderDiffHtml(diffReleases(before, next));
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toContain('<b>Review</b>');
    expect(page).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
  });
});

describe('renderDiffJson', () => {
  test('round-trips the diff', () => {
    const old = buildRelease0558();
    const diff = diffReleases(old, editRelease(old));
    const json = renderDiffJson(diff);
    expect(JSON.parse(json)).toEqual(diff);
    expect(json.endsWith('}\n')).toBe(true);
  });
});

// Opens a generated HTML report in Debian's Chromium, driven by playwright-core, the way a
// reviewer opens it from disk: no console errors, no request besides the file, and summary
// counts equal to the JSON report's. Needs /usr/bin/chromium (`apt-get install chromium`).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { diffReleases } from '../../src/diff/diff-releases.ts';
import type { ReleaseDiff } from '../../src/diff/types.ts';
import { renderDiffHtml } from '../../src/render/html.ts';
import { renderDiffJson } from '../../src/render/json.ts';
import { releasesWithEveryKind } from '../diff/every-kind.ts';
import { ADDED_REVISION, NEW_CODE_DESCRIPTION } from '../diff/next-release.ts';
import { editTextRendition } from '../diff/rendition-edits.ts';

const CHROMIUM = '/usr/bin/chromium';
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TEXT = fileURLToPath(new URL('../fixtures/published/cigna-0558-2026-04-15.txt', import.meta.url));

interface OpenedReport {
  page: Page;
  consoleErrors: string[];
  requests: string[];
}

async function openReport(browser: Browser, url: string): Promise<OpenedReport> {
  const page = await browser.newPage();
  const opened: OpenedReport = { page, consoleErrors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') opened.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => opened.consoleErrors.push(error.message));
  page.on('request', (request) => opened.requests.push(request.url()));
  await page.goto(url, { waitUntil: 'load' });
  return opened;
}

/** Runs `policydiff build` on two text releases of 0558 and returns the output folder. */
function buildTwoReleases(root: string): string {
  const sources = join(root, 'sources');
  mkdirSync(join(sources, 'cigna-0558'), { recursive: true });
  cpSync(TEXT, join(sources, 'cigna-0558/2026-04-15.txt'));
  const next = editTextRendition(readFileSync(TEXT, 'utf8'), NEW_CODE_DESCRIPTION, ADDED_REVISION.summary.join(' '));
  writeFileSync(join(sources, 'cigna-0558/2026-10-15.txt'), next);

  const out = join(root, 'generated');
  const result = spawnSync(process.execPath, [join(REPO, 'bin/policydiff.js'), 'build', '--sources', sources, '--out', out], {
    cwd: REPO,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`policydiff build failed with ${result.status}: ${result.stderr}`);
  return out;
}

describe.skipIf(!existsSync(CHROMIUM))('HTML report in Chromium (skipped when /usr/bin/chromium is missing)', () => {
  let browser: Browser;
  let tempDir: string;
  let reportUrl: string;
  let diff: ReleaseDiff;

  beforeAll(async () => {
    // The folder is kept after the run so the screenshot can be looked at.
    tempDir = mkdtempSync(join(tmpdir(), 'policydiff-browser-'));
    const { old, next } = releasesWithEveryKind();
    next.revisions.shift();
    const reportDiff = diffReleases(old, next);
    writeFileSync(join(tempDir, 'report.json'), renderDiffJson(reportDiff));
    writeFileSync(join(tempDir, 'report.html'), renderDiffHtml(reportDiff));
    diff = JSON.parse(renderDiffJson(reportDiff));
    reportUrl = pathToFileURL(join(tempDir, 'report.html')).href;

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('opens without errors or requests', async () => {
    const { page, consoleErrors, requests } = await openReport(browser, reportUrl);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([reportUrl]);
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
  });

  test('report written by the build', async () => {
    const generated = buildTwoReleases(join(tempDir, 'build'));
    const stem = join(generated, 'diffs/cigna-0558/2026-04-15_2026-10-15');
    const built: ReleaseDiff = JSON.parse(readFileSync(`${stem}.json`, 'utf8'));
    const url = pathToFileURL(`${stem}.html`).href;

    const { page, consoleErrors, requests } = await openReport(browser, url);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([url]);
    expect(Number(await page.locator('td[data-count="coverage"]').innerText())).toBe(built.summary.coverage);
    expect(Number(await page.locator('td[data-count="editorial"]').innerText())).toBe(built.summary.editorial);
    expect(Number(await page.locator('td[data-count="total"]').innerText())).toBe(built.summary.total);
    expect(built.summary.coverage).toBe(5);
    await page.screenshot({ path: join(tempDir, 'built-report.png'), fullPage: true });
    await page.close();
  });

  test('summary counts equal the JSON report', async () => {
    const page = await browser.newPage();
    await page.goto(reportUrl);

    const shownCount = async (selector: string): Promise<number> => Number(await page.locator(selector).innerText());
    expect(await shownCount('td[data-count="coverage"]')).toBe(diff.summary.coverage);
    expect(await shownCount('td[data-count="editorial"]')).toBe(diff.summary.editorial);
    expect(await shownCount('td[data-count="total"]')).toBe(diff.summary.total);

    for (const [kind, count] of Object.entries(diff.summary.byKind)) {
      const cells = page.locator(`td[data-kind="${kind}"]`);
      if (count === 0) {
        expect(await cells.count(), kind).toBe(0);
      } else {
        expect(Number(await cells.innerText()), kind).toBe(count);
        expect(await page.locator(`#kind-${kind} li.change`).count(), kind).toBe(count);
      }
    }
    await page.close();
  });

  test('unannounced changes shown first', async () => {
    const page = await browser.newPage();
    await page.goto(reportUrl);
    const alert = page.locator('#attention .alert.caution');
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.locator('li').count()).toBe(diff.unannounced?.changes.length);
    await page.close();
  });

  test('code anchors navigate', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(`${reportUrl}#code-1025T`);
    const target = page.locator('#code-1025T');
    expect(await target.innerText()).toContain('1025T moved from');
    await expect.poll(() => target.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(50);
    await page.close();
  });

  test('print layout hides contents and keeps highlights', async () => {
    const page = await browser.newPage();
    await page.goto(reportUrl);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    const decoration = await page.locator('del').first().evaluate((element) => getComputedStyle(element).textDecorationLine);
    expect(decoration).toBe('line-through');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  test('screenshot saved', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(reportUrl);
    const path = join(tempDir, 'report.png');
    await page.screenshot({ path, fullPage: true });
    expect(statSync(path).size).toBeGreaterThan(10_000);
    await page.close();
  });
});

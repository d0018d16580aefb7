// The HTML report: one standalone page with inline CSS, no scripts and no external resources.
// A Content-Security-Policy forbids any load besides the inline style, every string from the
// documents is escaped, and each changed code has an anchor such as `#code-0207T`.
import { describeChange } from '../diff/describe.ts';
import { compareText } from '../diff/text.ts';
import { type Change, HISTORY_REWRITE_KINDS, type ReleaseDiff, type WordPart } from '../diff/types.ts';
import { REPORT_CSS } from './html-style.ts';
import { describeFootnotes } from './markdown.ts';
import { CLASS_TITLES, type ClassSection, formatPages, groupChanges, historyHeadline, reportTitle, unannouncedHeadline } from './sections.ts';

const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

export function renderDiffHtml(diff: ReleaseDiff): string {
  const sections = groupChanges(diff);
  const anchors = assignCodeAnchors(diff.changes);
  const title = reportTitle(diff);

  const body = [
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="policy-title">${escapeHtml(diff.policy.title)}</p>`,
    '<dl class="sources">',
    `<dt>Old</dt><dd>${escapeHtml(diff.old.effectiveDate)}: ${escapeHtml(diff.old.sources.join(', '))}</dd>`,
    `<dt>New</dt><dd>${escapeHtml(diff.new.effectiveDate)}: ${escapeHtml(diff.new.sources.join(', '))}</dd>`,
    '</dl>',
    '</header>',
    renderContents(diff, sections, anchors),
    '<main>',
    renderAttention(diff),
    renderSummary(diff, sections),
    ...sections.map((section) => renderClassSection(section, anchors)),
    '</main>',
  ];

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    ...body.filter((part) => part !== ''),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

interface CodeAnchors {
  byChange: Map<Change, string>;
  /** Each changed code once, with the anchor of its first change. */
  codes: Array<{ code: string; id: string }>;
}

/**
 * Gives each change of a code an id: `code-0207T` for the code's first change in report order,
 * `code-0207T-2` and on for later ones, so every id is unique.
 */
function assignCodeAnchors(changes: Change[]): CodeAnchors {
  const anchors: CodeAnchors = { byChange: new Map(), codes: [] };
  const seen = new Map<string, number>();
  for (const change of changes) {
    if (!('code' in change)) continue;
    const base = `code-${change.code.replace(/[^A-Za-z0-9._-]/g, '_')}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    anchors.byChange.set(change, count === 1 ? base : `${base}-${count}`);
    if (count === 1) anchors.codes.push({ code: change.code, id: base });
  }
  return anchors;
}

function renderContents(diff: ReleaseDiff, sections: ClassSection[], anchors: CodeAnchors): string {
  const items: string[] = [];
  if (diff.unannounced || diff.summary.historyRewritten > 0) items.push(link('attention', 'Check first'));
  items.push(link('summary', 'Summary'));
  for (const section of sections) {
    const kinds = section.kinds.map((kind) => link(`kind-${kind.kind}`, `${kind.title} (${kind.changes.length})`));
    const nested = kinds.length > 0 ? `<ol>${kinds.join('')}</ol>` : '';
    items.push(`<li><a href="#${section.id}">${escapeHtml(section.title)}</a>${nested}</li>`);
  }

  const codeLinks = [...anchors.codes]
    .sort((x, y) => compareText(x.code, y.code))
    .map(({ code, id }) => `<a href="#${id}">${escapeHtml(code)}</a>`);
  const codes = codeLinks.length > 0 ? `<p class="codes">Codes: ${codeLinks.join(' ')}</p>` : '';

  return `<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>${items.join('')}</ol>${codes}</nav>`;
}

function renderAttention(diff: ReleaseDiff): string {
  const parts: string[] = [];
  const unannounced = unannouncedHeadline(diff);
  if (unannounced && diff.unannounced) {
    const list = diff.unannounced.changes.map((change) => `<li>${escapeHtml(change)}</li>`).join('');
    parts.push(
      '<div class="alert caution" role="alert">',
      '<h2>Changes the publisher did not announce</h2>',
      `<p>${escapeHtml(unannounced)}</p>`,
      `<ul>${list}</ul>`,
      '</div>',
    );
  }
  const history = historyHeadline(diff);
  const firstRewrite = HISTORY_REWRITE_KINDS.find((kind) => diff.summary.byKind[kind] > 0);
  if (history && firstRewrite) {
    parts.push(
      '<div class="alert warning" role="note">',
      '<h2>History rewritten</h2>',
      `<p>${escapeHtml(history)} See <a href="#kind-${firstRewrite}">the revision rows</a> below.</p>`,
      '</div>',
    );
  }
  return parts.length > 0 ? `<section id="attention">${parts.join('\n')}</section>` : '';
}

function renderSummary(diff: ReleaseDiff, sections: ClassSection[]): string {
  const rows = [
    summaryRow(CLASS_TITLES.coverage, 'data-count="coverage"', diff.summary.coverage, true),
    summaryRow(CLASS_TITLES.editorial, 'data-count="editorial"', diff.summary.editorial, true),
  ];
  for (const section of sections) {
    for (const kind of section.kinds) rows.push(summaryRow(kind.title, `data-kind="${kind.kind}"`, kind.changes.length, false));
  }
  rows.push(summaryRow('Total', 'data-count="total"', diff.summary.total, true));

  return [
    '<section id="summary">',
    '<h2>Summary</h2>',
    '<table class="summary"><thead><tr><th scope="col">Changes</th><th scope="col">Count</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
    '</section>',
  ].join('\n');
}

function summaryRow(label: string, attribute: string, count: number, total: boolean): string {
  const rowClass = total ? ' class="class-total"' : '';
  return `<tr${rowClass}><th scope="row">${escapeHtml(label)}</th><td ${attribute}>${count}</td></tr>`;
}

function renderClassSection(section: ClassSection, anchors: CodeAnchors): string {
  const kinds = section.kinds.map((kind) =>
    [
      `<section id="kind-${kind.kind}">`,
      `<h3>${escapeHtml(kind.title)} (${kind.changes.length})</h3>`,
      `<ul class="changes">${kind.changes.map((change) => renderChange(change, anchors.byChange.get(change))).join('\n')}</ul>`,
      '</section>',
    ].join('\n'),
  );
  const body = kinds.length > 0 ? kinds.join('\n') : '<p class="none">None.</p>';
  return `<section id="${section.id}">\n<h2>${escapeHtml(section.title)}</h2>\n${body}\n</section>`;
}

function renderChange(change: Change, anchor: string | undefined): string {
  const id = anchor ? ` id="${anchor}"` : '';
  const pages = formatPages(change.pages);
  const parts = [`<p class="headline">${renderHeadline(change)}</p>`];
  if (pages) parts.push(`<p class="pages">${escapeHtml(pages)}</p>`);

  switch (change.kind) {
    case 'code-added':
    case 'code-removed':
      parts.push(`<p class="description">${escapeHtml(change.description)}</p>`);
      break;
    case 'description-changed':
      parts.push(`<p class="description words">${renderWords(change.words)}</p>`);
      break;
    case 'footnotes-changed':
      parts.push(`<p>Before: ${escapeHtml(describeFootnotes(change.before))}</p>`);
      parts.push(`<p>After: ${escapeHtml(describeFootnotes(change.after))}</p>`);
      break;
    default:
      break;
  }
  return `<li class="change ${change.class}"${id}>${parts.join('')}</li>`;
}

/** Renders the change's one-line description, with its code set in code type. */
function renderHeadline(change: Change): string {
  const text = describeChange(change);
  if (!('code' in change) || !text.startsWith(change.code)) return escapeHtml(text);
  return `<span class="code">${escapeHtml(change.code)}</span>${escapeHtml(text.slice(change.code.length))}`;
}

function renderWords(words: WordPart[]): string {
  return words
    .map((part) => {
      if (part.op === 'added') return `<ins>${escapeHtml(part.text)}</ins>`;
      if (part.op === 'removed') return `<del>${escapeHtml(part.text)}</del>`;
      return escapeHtml(part.text);
    })
    .join('');
}

function link(id: string, label: string): string {
  return `<li><a href="#${id}">${escapeHtml(label)}</a></li>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

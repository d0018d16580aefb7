// The Markdown report, sized for a pull-request comment: what needs attention, a summary table,
// then coverage changes, then editorial ones. Removed words are struck through and added words
// are bold. Every string from the documents is escaped.
//
// NOTE: GitHub rejects comments longer than 65,536 characters. The report is not shortened, so
// a diff of several hundred changes may need to be linked rather than posted.
import { describeChange } from '../diff/describe.ts';
import type { Change, ReleaseDiff, WordPart } from '../diff/types.ts';
import { CLASS_TITLES, formatPages, groupChanges, historyHeadline, reportTitle, unannouncedHeadline } from './sections.ts';

export function renderDiffMarkdown(diff: ReleaseDiff): string {
  const lines: string[] = [`# ${escapeMarkdown(reportTitle(diff))}`, '', escapeMarkdown(diff.policy.title), ''];
  lines.push(`Old: ${escapeMarkdown(describeSources(diff.old.sources))}  `);
  lines.push(`New: ${escapeMarkdown(describeSources(diff.new.sources))}`, '');

  const unannounced = unannouncedHeadline(diff);
  if (unannounced && diff.unannounced) {
    lines.push('> [!CAUTION]', `> **Changes the publisher did not announce.** ${escapeMarkdown(unannounced)}`, '>');
    for (const change of diff.unannounced.changes) lines.push(`> - ${escapeMarkdown(change)}`);
    lines.push('');
  }
  const history = historyHeadline(diff);
  if (history) lines.push('> [!WARNING]', `> **History rewritten.** ${escapeMarkdown(history)}`, '');

  lines.push(...renderSummary(diff), '');

  for (const section of groupChanges(diff)) {
    lines.push(`## ${section.title}`, '');
    if (section.kinds.length === 0) lines.push('None.', '');
    for (const kind of section.kinds) {
      lines.push(`### ${kind.title} (${kind.changes.length})`, '');
      for (const change of kind.changes) lines.push(...renderChange(change));
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function renderSummary(diff: ReleaseDiff): string[] {
  const rows = [
    '## Summary',
    '',
    '| Changes | Count |',
    '|---|---:|',
    `| **${CLASS_TITLES.coverage}** | **${diff.summary.coverage}** |`,
    `| **${CLASS_TITLES.editorial}** | **${diff.summary.editorial}** |`,
  ];
  for (const section of groupChanges(diff)) {
    for (const kind of section.kinds) rows.push(`| ${escapeMarkdown(kind.title)} | ${kind.changes.length} |`);
  }
  rows.push(`| Total | ${diff.summary.total} |`);
  return rows;
}

function renderChange(change: Change): string[] {
  const pages = formatPages(change.pages);
  const lines = [`- ${escapeMarkdown(describeChange(change))}${pages ? ` (${pages})` : ''}`];

  switch (change.kind) {
    case 'code-added':
    case 'code-removed':
      lines.push(`  ${escapeMarkdown(change.description)}`);
      break;
    case 'description-changed':
      lines.push(`  ${renderWords(change.words)}`);
      break;
    case 'footnotes-changed':
      lines.push(`  Before: ${escapeMarkdown(describeFootnotes(change.before))}  `);
      lines.push(`  After: ${escapeMarkdown(describeFootnotes(change.after))}`);
      break;
    default:
      break;
  }
  return lines;
}

/** Word diff with `~~removed~~` and `**added**`, whitespace kept outside the markers. */
function renderWords(words: WordPart[]): string {
  return words
    .map((part) => {
      if (part.op === 'equal') return escapeMarkdown(part.text);
      const marker = part.op === 'added' ? '**' : '~~';
      const [, leading = '', core = '', trailing = ''] = /^(\s*)(.*?)(\s*)$/s.exec(part.text) ?? [];
      return core ? `${leading}${marker}${escapeMarkdown(core)}${marker}${trailing}` : part.text;
    })
    .join('');
}

export function describeFootnotes(footnotes: Array<{ marker: string; text: string }>): string {
  return footnotes.length === 0 ? 'none' : footnotes.map((note) => `${note.marker} ${note.text}`).join(' ');
}

function describeSources(sources: string[]): string {
  return sources.length > 0 ? sources.join(', ') : 'no source recorded';
}

/**
 * Escapes text so Markdown shows it literally: backslash before every character that can start
 * emphasis, a link, HTML, an entity, a table cell or a heading.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~&!]/g, (character) => `\\${character}`);
}

// The Coding Information section: groups of codes, each a table under a heading that gives
// the coverage status, optionally below context subheadings:
//
//   Treatment                                            <- context
//   Considered Medically Necessary when criteria … met:  <- heading (status)
//   CPT®* Codes | Description                            <- header row: code system
//   95165†      | Professional services …                <- code row
//   †Note: Professional services … not covered …         <- footnote text
//
// Consecutive code tables with no paragraph between them (a header repeated on each page, or a
// text rendition that starts a table again) continue one group.
import type { LayoutBlock, Paragraph, Table, TableRow } from '../model/layout.ts';
import type { CodeGroup, CodeSystem, CoverageStatus, PolicyCode } from '../model/release.ts';
import { FOOTNOTE_MARKERS, isAddOn, readCodeCell, readNotReportedWith } from './code-row.ts';
import { joinLines, paragraphText, stripTrailingColon } from './text.ts';

export function readCodeGroups(blocks: LayoutBlock[]): CodeGroup[] {
  const groups: CodeGroup[] = [];
  const footnotes = new FootnoteScope();
  let headings: Paragraph[] = [];
  let lastParagraph: Paragraph | undefined;
  let previousBlockWasCodeTable = false;
  let context: string[] = [];

  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const text = paragraphText(block);
      // A table that goes on after a `Continued` line is still the same group.
      if (isContinuationMark(text)) continue;
      const definition = readFootnoteDefinition(text);
      if (definition) {
        footnotes.open(definition.marker, definition.text);
      } else if (footnotes.isOpen() && BULLET_ITEM.test(text)) {
        // The bullets listed under a note belong to it.
        footnotes.append(text);
      } else {
        footnotes.close();
        if (block.bold) headings.push(block);
        // Body text ("Notes:" and its list) ends any run of headings above it.
        else headings = [];
      }
      lastParagraph = block;
      previousBlockWasCodeTable = false;
      continue;
    }

    footnotes.close();
    const codeSystem = codeSystemOf(block);
    if (!codeSystem) {
      previousBlockWasCodeTable = false;
      continue;
    }

    const current = groups.at(-1);
    if (previousBlockWasCodeTable && headings.length === 0 && current && current.codeSystem === codeSystem) {
      footnotes.await(appendRows(current, block.rows));
      continue;
    }

    const headingBlock = headings.at(-1) ?? lastParagraph;
    const heading = headingBlock ? stripTrailingColon(paragraphText(headingBlock)) : '';
    if (headings.length > 1) context = headings.slice(0, -1).map((paragraph) => stripTrailingColon(paragraphText(paragraph)));
    const group: CodeGroup = { heading, status: statusOf(heading), context: [...context], codeSystem, codes: [] };
    footnotes.await(appendRows(group, block.rows));
    groups.push(group);
    headings = [];
    previousBlockWasCodeTable = true;
  }

  footnotes.close();
  footnotes.finish();
  return groups;
}

/** `Continued`, `(continued)`: a table going on after a break, not a new group heading. */
function isContinuationMark(text: string): boolean {
  return /^\(?\s*continued\s*\)?:?$/i.test(text.trim());
}

/** Returns the codes the rows added, so their footnote markers can be resolved. */
function appendRows(group: CodeGroup, rows: TableRow[]): PolicyCode[] {
  const added: PolicyCode[] = [];
  for (const row of rows) {
    if (row.header) continue;
    const codeText = joinLines(row.cells[0]?.lines ?? []);
    const descriptionLines = row.cells.slice(1).flatMap((cell) => cell.lines);
    const previous = group.codes.at(-1);

    // A row cut by a page break: the continuation has an empty code cell.
    if (codeText === '' && previous) {
      previous.description = joinLines([previous.description, ...descriptionLines]);
      previous.addOn = isAddOn(previous.description);
      previous.notReportedWith = readNotReportedWith(previous.description);
      continue;
    }

    const cell = readCodeCell(codeText);
    const description = joinLines(descriptionLines);
    const code: PolicyCode = {
      code: cell.code,
      kind: cell.kind,
      description,
      addOn: isAddOn(description),
      notReportedWith: readNotReportedWith(description),
      footnotes: cell.markers.map((marker) => ({ marker, text: '' })),
      page: row.page,
    };
    group.codes.push(code);
    added.push(code);
  }
  return added;
}

/**
 * Matches footnote markers on codes with the notes printed after their table. A note applies
 * to the codes above it that carry its marker and have no note yet, because one policy may
 * start `†` again under each table:
 *
 *   81401†  …                      81404†  …
 *   †Note: Considered Not …        †Note: Considered Medically Necessary …
 */
class FootnoteScope {
  #waiting: PolicyCode[] = [];
  #open: { marker: string; parts: string[] } | undefined;
  #lastText = new Map<string, string>();

  await(codes: PolicyCode[]): void {
    this.#waiting.push(...codes.filter((code) => code.footnotes.length > 0));
  }

  open(marker: string, text: string): void {
    this.close();
    this.#open = { marker, parts: [text] };
  }

  isOpen(): boolean {
    return this.#open !== undefined;
  }

  append(text: string): void {
    this.#open?.parts.push(text);
  }

  close(): void {
    if (!this.#open) return;
    const { marker, parts } = this.#open;
    const text = parts.join(' ');
    this.#open = undefined;
    this.#lastText.set(marker, text);

    for (const code of this.#waiting) {
      for (const note of code.footnotes) {
        if (note.marker === marker && note.text === '') note.text = text;
      }
    }
    this.#waiting = this.#waiting.filter((code) => code.footnotes.some((note) => note.text === ''));
  }

  /** Gives codes whose note never followed them the last note printed with their marker. */
  finish(): void {
    for (const code of this.#waiting) {
      for (const note of code.footnotes) {
        if (note.text === '') note.text = this.#lastText.get(note.marker) ?? '';
      }
    }
  }
}

const BULLET_ITEM = /^[•●▪◦‣]\s*\S/;

// `†Note: Professional services …`, `† Note: …` or `††Note: …`: a marker, then its text.
const FOOTNOTE_DEFINITION = new RegExp(`^(([${FOOTNOTE_MARKERS.replace(/[\\\]^-]/g, '\\$&')}])\\2*)\\s*(\\S.*)$`, 'u');

function readFootnoteDefinition(text: string): { marker: string; text: string } | undefined {
  const match = FOOTNOTE_DEFINITION.exec(text);
  if (!match) return undefined;
  return { marker: match[1]!, text: match[3]! };
}

/** Reads the code system from a code table's header; returns undefined for other tables. */
export function codeSystemOf(table: Table): CodeSystem | undefined {
  const header = table.rows.find((row) => row.header);
  const first = header ? joinLines(header.cells[0]?.lines ?? []) : '';
  if (!/code/i.test(first)) return undefined;
  if (/ICD-?\s?10-?\s?PCS/i.test(first)) return 'ICD-10-PCS';
  if (/ICD-?\s?10/i.test(first)) return 'ICD-10-CM';
  if (/HCPCS/i.test(first)) return 'HCPCS';
  if (/CPT/i.test(first)) return 'CPT';
  return undefined;
}

/** Reads the coverage status from a group heading; the heading itself keeps the words. */
export function statusOf(heading: string): CoverageStatus {
  if (/experimental|investigational|unproven/i.test(heading)) return 'experimental-investigational-unproven';
  if (/not\s+medically\s+necessary/i.test(heading)) return 'not-medically-necessary';
  if (/not\s+covered|not\s+reimbursable/i.test(heading)) return 'not-covered';
  if (/medically\s+necessary/i.test(heading)) return 'medically-necessary';
  return 'other';
}

export type { PolicyCode };

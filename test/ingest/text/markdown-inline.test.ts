import { describe, expect, test } from 'vitest';

import { readMarkdownLine, stripInlineMarks } from '../../../src/ingest/text/markdown-inline.ts';

describe('readMarkdownLine', () => {
  test.each([
    ['- [Ablative Treatments for Malignant Breast Tumors](#)', 'Ablative Treatments for Malignant Breast Tumors'],
    ['- [Breyanzi \\(Injectable CAR-T\\)](#)', 'Breyanzi (Injectable CAR-T)'],
    ['* list item', 'list item'],
    ['1. Numbered note stays.', '1. Numbered note stays.'],
    ['CPT®* Codes', 'CPT®* Codes'],
    ['(eg, \\*2A, \\*4)', '(eg, *2A, *4)'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['an _emphasized_ word', 'an emphasized word'],
    ['a `code span`', 'a code span'],
    ['> quoted', 'quoted'],
  ])('%s reads as %s', (line, expected) => {
    expect(readMarkdownLine(line).text).toBe(expected);
  });

  test('CPT notice keeps leading marker and is bold', () => {
    const read = readMarkdownLine('***Current Procedural Terminology (CPT®) ©2025 American Medical Association: Chicago, IL.**');
    expect(read.text).toBe('*Current Procedural Terminology (CPT®) ©2025 American Medical Association: Chicago, IL.');
    expect(read.bold).toBe(true);
  });

  test('strong text over part of a line is not bold', () => {
    const read = readMarkdownLine('Some **strong** words');
    expect(read.text).toBe('Some strong words');
    expect(read.bold).toBe(false);
  });

  test('heading mark makes the line bold', () => {
    expect(readMarkdownLine('### Revision Details')).toEqual({ text: 'Revision Details', bold: true });
  });
});

describe('stripInlineMarks', () => {
  test('escaped asterisks are never emphasis', () => {
    expect(stripInlineMarks('\\*a\\* and \\*b\\*').text).toBe('*a* and *b*');
  });

  test('lone footnote markers stay', () => {
    expect(stripInlineMarks('95165† and 0207T*').text).toBe('95165† and 0207T*');
  });
});

import { describe, expect, test } from 'vitest';

import { InputError } from '../../src/errors.ts';
import { ingestHtml } from '../../src/ingest/html/ingest-html.ts';
import { ingestText } from '../../src/ingest/text/ingest-text.ts';
import { describeUnsupportedLayout } from '../../src/ingest/unsupported-layout.ts';

const AETNA_TEXT = 'Tumor Markers\nClinical Policy Bulletins Medical Clinical Policy Bulletins\nNumber: 0352\nAetna considers …\n';

describe('unsupported layouts', () => {
  test('Aetna bulletin named in the text rejection', () => {
    expect(() => ingestText(AETNA_TEXT, 'aetna.txt')).toThrow(InputError);
    expect(() => ingestText(AETNA_TEXT, 'aetna.txt')).toThrow(/It looks like an Aetna Clinical Policy Bulletin, a layout policydiff does not read yet/);
  });

  test('Aetna bulletin named in the HTML rejection', () => {
    const html = `<html><body>${AETNA_TEXT.split('\n').map((line) => `<p>${line}</p>`).join('')}</body></html>`;
    expect(() => ingestHtml(html, 'aetna.html')).toThrow(/this HTML page is not a coverage policy .* It looks like an Aetna Clinical Policy Bulletin/);
  });

  test('other text gets no layout hint', () => {
    expect(describeUnsupportedLayout('Plan news for members')).toBe('');
  });
});

describe('deeply nested HTML', () => {
  test('rejected before parsing', () => {
    const depth = 50_000;
    const html = `<html><body>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</body></html>`;
    expect(() => ingestHtml(html, 'deep.html')).toThrow(/^deep\.html: HTML elements are nested more than 1000 deep/);
  });

  test('unclosed paragraphs are not counted as nesting', () => {
    const html = `<html><body>${'<p>Effective Date 4/15/2026'.repeat(2_000)}</body></html>`;
    expect(() => ingestHtml(html, 'many-paragraphs.html')).not.toThrow();
  });
});

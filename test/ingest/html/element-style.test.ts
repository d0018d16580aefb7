import { describe, expect, test } from 'vitest';

import type { Paragraph } from '../../../src/model/layout.ts';
import { layoutOf, paragraphTexts } from './layout-of.ts';

function onlyParagraph(body: string, head = ''): Paragraph {
  const blocks = layoutOf(body, head);
  if (blocks.length !== 1 || blocks[0]?.kind !== 'paragraph') throw new Error(`expected one paragraph, got ${blocks.length} blocks`);
  return blocks[0];
}

describe('bold', () => {
  test.each([
    ['b element', '<p><b>Coding Information</b></p>', true],
    ['strong element', '<p><strong>Coding Information</strong></p>', true],
    ['heading', '<h3>Coding Information</h3>', true],
    ['weight 700 style', '<p><span style="font-weight: 700">Coding Information</span></p>', true],
    ['weight bold style', '<p style="font-weight:bold">Coding Information</p>', true],
    ['weight 400 style', '<p style="font-weight: 400">Coding Information</p>', false],
    ['normal inside b', '<p><b><span style="font-weight: normal">Coding Information</span></b></p>', false],
    ['partly bold', '<p><b>Coding</b> Information</p>', false],
    ['bold with blank plain runs', '<p> <b>Coding Information</b>&nbsp;</p>', true],
    ['plain', '<p>Coding Information</p>', false],
  ])('%s', (_, body, bold) => {
    expect(onlyParagraph(body).bold).toBe(bold);
  });

  test('heading bold even when styled normal', () => {
    expect(onlyParagraph('<h2 style="font-weight: normal">Overview</h2>').bold).toBe(true);
  });
});

describe('font size', () => {
  test.each([
    ['no size', '<p>Notes:</p>', 0],
    ['points', '<p style="font-size: 14pt">Overview</p>', 14],
    ['pixels', '<p style="font-size: 16px">Overview</p>', 12],
    ['em of parent', '<div style="font-size: 10pt"><p style="font-size: 1.5em">Overview</p></div>', 15],
    ['percent without parent size', '<p style="font-size: 150%">Overview</p>', 18],
    ['keyword', '<p style="font-size: large">Overview</p>', 13.5],
    ['font element', '<p><font size="4">Overview</font></p>', 13.5],
    ['font element with style', '<p><font size="4" style="font-size: 14pt">Overview</font></p>', 14],
    ['h1 default', '<h1>Overview</h1>', 24],
    ['h2 of 10 pt body', '<div style="font-size: 10pt"><h2>Overview</h2></div>', 15],
    ['size of most characters', '<p><span style="font-size: 8pt">*</span><span style="font-size: 10pt">Current Procedural Terminology</span></p>', 10],
  ])('%s', (_, body, size) => {
    expect(onlyParagraph(body).size).toBe(size);
  });
});

describe('stylesheet rules', () => {
  const sheet = `<style>
    /* word processor classes */
    p { font-size: 9pt }
    p.western { font-size: 10pt }
    .heading { font-weight: bold; font-size: 14pt !important }
    p.heading.small { font-size: 12pt }
    @page { size: 8.5in 11in; margin: 1in }
    @media print { p.western { font-size: 30pt } }
    div > p.western, p:first-child { font-size: 40pt }
    .gone { display: none }
  </style>`;

  test.each([
    ['tag rule', '<p>Notes:</p>', 9, false],
    ['tag and class beat tag', '<p class="western">Notes:</p>', 10, false],
    ['class rule', '<p class="heading">Overview</p>', 14, true],
    ['two classes beat one', '<p class="heading small">Overview</p>', 12, true],
    ['style attribute beats rules', '<p class="western" style="font-size: 11pt">Notes:</p>', 11, false],
  ])('%s', (_, body, size, bold) => {
    const paragraph = onlyParagraph(body, sheet);
    expect(paragraph.size).toBe(size);
    expect(paragraph.bold).toBe(bold);
  });

  test('class hides an element', () => {
    expect(paragraphTexts(layoutOf('<p class="gone">0001T</p><p>Notes:</p>', sheet))).toEqual(['Notes:']);
  });
});

describe('ignored and hidden content', () => {
  test.each([
    ['hidden attribute', '<p hidden>0001T</p>'],
    ['display none', '<div style="display:none"><p>0001T</p></div>'],
    ['visibility hidden', '<p style="visibility: hidden">0001T</p>'],
    ['Word hidden text', '<p><span style="mso-hide:all">0001T</span></p>'],
    ['script in body', '<script>document.write("0001T")</script>'],
    ['style in body', '<style>p::before { content: "0001T" }</style>'],
    ['comment', '<!-- 0001T -->'],
    ['template', '<template><p>0001T</p></template>'],
    ['image alt text', '<img alt="0001T" src="logo.png">'],
    ['form controls', '<select><option>0001T</option></select><button>0001T</button>'],
    ['word processor footer', '<div title="footer"><p>Page 1 of 9</p><p>0001T</p></div>'],
    ['Word footer', '<div style="mso-element:footer" id="f1"><p>0001T</p></div>'],
  ])('%s', (_, body) => {
    expect(layoutOf(body)).toEqual([]);
  });
});

describe('text', () => {
  test('whitespace folded within a line', () => {
    expect(paragraphTexts(layoutOf('<p>  Effective\n\tDate&nbsp;&nbsp;........\u00a0 4/15/2026  </p>'))).toEqual([
      'Effective Date ........ 4/15/2026',
    ]);
  });

  test('entities decoded', () => {
    expect(paragraphTexts(layoutOf('<p>CPT&reg; &copy;2025 &#8220;Cigna&#x201D; &amp; AMA&shy;</p>'))).toEqual([
      'CPT® ©2025 “Cigna” & AMA',
    ]);
  });

  test('inline elements join without spaces', () => {
    expect(paragraphTexts(layoutOf('<p><b>CPT</b><sup>®</sup>* Codes</p>'))).toEqual(['CPT®* Codes']);
  });

  test('br starts a line and blank lines drop', () => {
    const paragraph = onlyParagraph('<p>First line<br><br>\n<br>Second line<br></p>');
    expect(paragraph.lines).toEqual([
      { text: 'First line', x: 0 },
      { text: 'Second line', x: 0 },
    ]);
  });

  test('text beside blocks in a div is its own paragraph', () => {
    expect(paragraphTexts(layoutOf('<div>Notes:<p>1. First note.</p>2. Second note.</div>'))).toEqual([
      'Notes:',
      '1. First note.',
      '2. Second note.',
    ]);
  });

  test('preformatted newlines start lines', () => {
    expect(onlyParagraph('<pre>0207T  Evacuation\n0338T  Transcatheter</pre>').lines.map((line) => line.text)).toEqual([
      '0207T Evacuation',
      '0338T Transcatheter',
    ]);
  });

  test('display block span is a paragraph', () => {
    expect(paragraphTexts(layoutOf('<span style="display: block">Overview</span><span>Notes:</span>'))).toEqual([
      'Overview',
      'Notes:',
    ]);
  });
});

describe('Word HTML export', () => {
  const page = `
    <p class=MsoNormal><b><span style='font-size:14.0pt'>Coding Information<o:p></o:p></span></b></p>
    <p class=MsoListParagraph style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span
      style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;
      </span></span></span><![endif]>Deleted codes may not be eligible.<o:p></o:p></p>
    <br clear=all style='mso-special-character:line-break;page-break-before:always'>
    <p class=MsoNormal><b>Revision Details<o:p></o:p></b></p>`;

  test('paragraphs, bullets and page break', () => {
    const blocks = layoutOf(page);
    expect(paragraphTexts(blocks)).toEqual(['Coding Information', '· Deleted codes may not be eligible.', 'Revision Details']);
    expect(blocks.map((block) => block.page)).toEqual([1, 1, 2]);
    expect(blocks.map((block) => block.kind === 'paragraph' && block.bold)).toEqual([true, false, true]);
    expect(blocks.map((block) => block.kind === 'paragraph' && block.size)).toEqual([14, 0, 0]);
  });
});

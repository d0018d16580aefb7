// The computed style an element passes to its text: bold, font size and whitespace handling,
// from browser defaults (`<b>`, `<h2>`, `<font size="4">`), sheet rules and `style` attributes.
import type { Element } from 'domhandler';

import { declarationsFor, type Declarations, type Stylesheet } from './stylesheet.ts';

export interface TextStyle {
  bold: boolean;
  /** Font size in points, or 0 when neither the markup nor a style gives one. */
  size: number;
  /** True inside `<pre>` or `white-space: pre`, where a newline starts a new line. */
  preformatted: boolean;
}

export interface ElementStyle {
  text: TextStyle;
  /** Not rendered: `hidden`, `display: none`, `visibility: hidden` or Word's `mso-hide: all`. */
  hidden: boolean;
  /** A CSS `display` that makes an inline element a block (`block`) or a block inline (`inline`). */
  display: 'block' | 'inline' | null;
  pageBreakBefore: boolean;
  pageBreakAfter: boolean;
}

export const UNSTYLED_TEXT: TextStyle = { bold: false, size: 0, preformatted: false };

/** Browser default heading sizes in em of the parent's size (12 pt when the parent has none). */
const HEADING_EMS: Record<string, number> = { h1: 2, h2: 1.5, h3: 1.17, h4: 1, h5: 0.83, h6: 0.67 };
const DEFAULT_SIZE = 12;

/** Points for `<font size="1">` … `<font size="7">`. */
const FONT_ELEMENT_SIZES = [7.5, 10, 12, 13.5, 18, 24, 36];

const KEYWORD_SIZES: Record<string, number> = {
  'xx-small': 7,
  'x-small': 7.5,
  small: 10,
  medium: 12,
  large: 13.5,
  'x-large': 18,
  'xx-large': 24,
};

const BOLD_TAGS = new Set(['b', 'strong', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const PAGE_BREAK_VALUES = new Set(['always', 'page', 'left', 'right', 'recto', 'verso']);

export function resolveElementStyle(element: Element, parent: TextStyle, sheet: Stylesheet): ElementStyle {
  const tag = element.name.toLowerCase();
  const declarations = declarationsFor(element, sheet);

  let bold = parent.bold || BOLD_TAGS.has(tag);
  const weight = declarations.get('font-weight');
  if (weight !== undefined) bold = isBoldWeight(weight, bold);

  const headingEms = HEADING_EMS[tag];
  let size = headingEms === undefined ? parent.size : round(headingEms * (parent.size || DEFAULT_SIZE));
  if (tag === 'font') size = fontElementSize(element.attribs['size'], size);
  const fontSize = declarations.get('font-size');
  if (fontSize !== undefined) size = cssFontSize(fontSize, parent.size) ?? size;

  const whiteSpace = declarations.get('white-space');
  let preformatted = parent.preformatted || tag === 'pre';
  if (whiteSpace !== undefined) preformatted = /^pre/.test(whiteSpace);

  return {
    text: { bold, size, preformatted },
    hidden: isHidden(element, declarations),
    display: displayOf(declarations.get('display')),
    pageBreakBefore: isPageBreak(declarations.get('page-break-before') ?? declarations.get('break-before')),
    pageBreakAfter: isPageBreak(declarations.get('page-break-after') ?? declarations.get('break-after')),
  };
}

function isBoldWeight(weight: string, inherited: boolean): boolean {
  if (weight === 'bold' || weight === 'bolder') return true;
  if (weight === 'normal' || weight === 'lighter') return false;
  const numeric = Number(weight);
  if (Number.isFinite(numeric)) return numeric >= 600;
  return inherited;
}

function fontElementSize(attribute: string | undefined, inherited: number): number {
  const match = /^\s*([+-]?)(\d)/.exec(attribute ?? '');
  if (!match) return inherited;
  const value = Number(match[2]);
  let level = value;
  if (match[1] === '+') level = 3 + value;
  if (match[1] === '-') level = 3 - value;
  return FONT_ELEMENT_SIZES[Math.min(Math.max(level, 1), 7) - 1] ?? inherited;
}

/** Converts `10pt`, `13px`, `1.2em`, `120%` or a keyword to points; null when unreadable. */
function cssFontSize(value: string, parentSize: number): number | null {
  const keyword = KEYWORD_SIZES[value];
  if (keyword !== undefined) return keyword;

  const match = /^(\d+(?:\.\d+)?|\.\d+)(pt|px|em|rem|%)$/.exec(value);
  if (!match) return null;
  const amount = Number(match[1]);
  switch (match[2]) {
    case 'pt':
      return round(amount);
    case 'px':
      return round(amount * 0.75);
    case 'rem':
      return round(amount * DEFAULT_SIZE);
    case 'em':
      return round(amount * (parentSize || DEFAULT_SIZE));
    default:
      return round((amount / 100) * (parentSize || DEFAULT_SIZE));
  }
}

function round(points: number): number {
  return Math.round(points * 100) / 100;
}

function isHidden(element: Element, declarations: Declarations): boolean {
  if (element.attribs['hidden'] !== undefined) return true;
  return (
    declarations.get('display') === 'none' ||
    declarations.get('visibility') === 'hidden' ||
    declarations.get('mso-hide') === 'all'
  );
}

function displayOf(value: string | undefined): ElementStyle['display'] {
  if (value === undefined) return null;
  if (value === 'inline' || value === 'inline-block') return 'inline';
  if (/^(block|list-item|flex|grid|table)$/.test(value)) return 'block';
  return null;
}

function isPageBreak(value: string | undefined): boolean {
  return value !== undefined && PAGE_BREAK_VALUES.has(value);
}

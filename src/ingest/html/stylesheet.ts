// The part of a page's `<style>` sheets that the ingester needs: rules with simple selectors
// (`p`, `.MsoNormal`, `p.western`), which is how word processors style exported paragraphs:
//
//   p.western { font-family: "DejaVu Sans", serif; font-size: 10pt }
//
// At-rules (`@page`, `@media`) and selectors with combinators, ids, attributes or
// pseudo-classes are skipped, so text styled only through them gets the inherited style.
import type { Element } from 'domhandler';

/** Property names (lower case) to values, as declared. */
export type Declarations = Map<string, string>;

interface StyleRule {
  tag: string | null;
  classes: string[];
  declarations: Declarations;
  /** Position in the sheets, so that a later rule of equal specificity wins. */
  order: number;
}

export interface Stylesheet {
  rules: StyleRule[];
}

const SIMPLE_SELECTOR = /^([a-z][a-z0-9]*)?((?:\.[\w-]+)*)$/i;

/** Reads the rules with simple selectors from the text of the page's style elements. */
export function parseStylesheet(cssTexts: string[]): Stylesheet {
  const rules: StyleRule[] = [];
  for (const css of cssTexts) {
    for (const { prelude, body } of splitTopLevelRules(css.replace(/\/\*[\s\S]*?\*\//g, ''))) {
      if (prelude.startsWith('@')) continue;
      const declarations = parseDeclarations(body);
      for (const selector of prelude.split(',')) {
        const match = SIMPLE_SELECTOR.exec(selector.trim());
        if (!match || selector.trim() === '') continue;
        const tag = match[1]?.toLowerCase() ?? null;
        const classes = (match[2] ?? '').split('.').filter(Boolean);
        rules.push({ tag, classes, declarations, order: rules.length });
      }
    }
  }
  return { rules };
}

/** Parses `font-size: 10pt; font-weight: bold` into a map and drops `!important`. */
export function parseDeclarations(text: string): Declarations {
  const declarations: Declarations = new Map();
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!\s*important/i, '')
      .trim()
      .toLowerCase();
    if (name && value) declarations.set(name, value);
  }
  return declarations;
}

/**
 * Collects the declarations that apply to an element: matching sheet rules from least to most
 * specific (tag, then classes, then both), then its `style` attribute.
 */
export function declarationsFor(element: Element, sheet: Stylesheet): Declarations {
  const tag = element.name.toLowerCase();
  const classes = new Set((element.attribs['class'] ?? '').split(/\s+/).filter(Boolean));

  const matching = sheet.rules
    .filter((rule) => (rule.tag === null || rule.tag === tag) && rule.classes.every((name) => classes.has(name)))
    .sort((a, b) => specificity(a) - specificity(b) || a.order - b.order);

  const declarations: Declarations = new Map();
  for (const rule of matching) {
    for (const [name, value] of rule.declarations) declarations.set(name, value);
  }
  for (const [name, value] of parseDeclarations(element.attribs['style'] ?? '')) declarations.set(name, value);
  return declarations;
}

function specificity(rule: StyleRule): number {
  return rule.classes.length * 10 + (rule.tag === null ? 0 : 1);
}

/** Splits CSS text into `prelude { body }` pairs at brace depth zero. An at-rule keeps its nested rules in its body. */
function splitTopLevelRules(css: string): { prelude: string; body: string }[] {
  const rules: { prelude: string; body: string }[] = [];
  let depth = 0;
  let start = 0;
  let open = 0;
  for (let index = 0; index < css.length; index++) {
    const char = css[index];
    if (char === '{') {
      if (depth === 0) open = index;
      depth++;
    } else if (char === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        rules.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, index) });
        start = index + 1;
      }
    } else if (char === ';' && depth === 0) {
      // A statement at-rule such as `@import url(x);` has no block.
      start = index + 1;
    }
  }
  return rules;
}

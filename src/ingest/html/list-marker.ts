// The marker a browser prints before a list item: a bullet for `<ul>`, the item's number for
// `<ol>`, nothing under `list-style: none`. Inside table cells the marker is kept as text,
// because the bullets of a revision summary cell (`• Revised policy statement.`) separate one
// entry from the wrapped line of another.
import type { Element } from 'domhandler';

import { declarationsFor, type Stylesheet } from './stylesheet.ts';

export const BULLET = '•';

/** Text bullets that word processors write into the item itself (`· Added 0979T.`). */
export const TEXT_BULLET = /^[•●▪◦‣·\-–]/;

export function listMarker(item: Element, sheet: Stylesheet): string | null {
  const list = item.parent?.type === 'tag' ? item.parent : null;
  const styleType = listStyleType(item, sheet) ?? (list ? listStyleType(list, sheet) : null);
  if (styleType === 'none') return null;
  if (list?.name !== 'ol') return BULLET;

  // NOTE: every numbered list is given decimal numbers, whatever its `type` or list-style-type.
  const explicit = Number.parseInt(item.attribs['value'] ?? '', 10);
  if (Number.isFinite(explicit)) return `${explicit}.`;
  const start = Number.parseInt(list.attribs['start'] ?? '', 10);
  const earlierItems = list.children.filter((child) => child.type === 'tag' && child.name === 'li');
  return `${(Number.isFinite(start) ? start : 1) + earlierItems.indexOf(item)}.`;
}

function listStyleType(element: Element, sheet: Stylesheet): string | null {
  const declarations = declarationsFor(element, sheet);
  const type = declarations.get('list-style-type') ?? declarations.get('list-style');
  if (type === undefined) return null;
  return /\bnone\b/.test(type) ? 'none' : type;
}

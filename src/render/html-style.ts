// The inline style sheet of the HTML report. On paper the contents are left out, every change
// stays on one page where it fits, and removed and added words keep their strike-through and
// underline without color.
export const REPORT_CSS = `
:root { color-scheme: light; --removed: #ffebe9; --added: #dafbe1; --line: #d0d7de; --muted: #57606a; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1f2328; margin: 0 auto; max-width: 62rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
.policy-title { margin: 0 0 .75rem; color: var(--muted); }
.sources { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: 0; font-size: .9rem; }
.sources dt { font-weight: 600; }
.sources dd { margin: 0; overflow-wrap: anywhere; }
.toc { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; margin: 1.5rem 0; }
.toc h2 { border: 0; margin: .25rem 0; font-size: 1rem; }
.toc ol { margin: .25rem 0; padding-left: 1.25rem; }
.toc .codes { margin: .5rem 0 .25rem; }
.toc .codes a { margin-right: .5rem; white-space: nowrap; }
.alert { border-left: 6px solid; border-radius: 4px; padding: .5rem 1rem; margin: 1rem 0; }
.alert.caution { border-color: #cf222e; background: #fff5f5; }
.alert.warning { border-color: #9a6700; background: #fff8c5; }
.alert h2 { border: 0; margin: .25rem 0; font-size: 1.1rem; }
table.summary { border-collapse: collapse; min-width: 22rem; }
table.summary th, table.summary td { border: 1px solid var(--line); padding: .25rem .75rem; text-align: left; }
table.summary td { text-align: right; font-variant-numeric: tabular-nums; }
table.summary tr.class-total th, table.summary tr.class-total td { font-weight: 700; background: #f6f8fa; }
ul.changes { list-style: none; padding: 0; margin: 0; }
li.change { border: 1px solid var(--line); border-left-width: 4px; border-radius: 4px; padding: .5rem .75rem; margin: .5rem 0; }
li.change.coverage { border-left-color: #cf222e; }
li.change.editorial { border-left-color: #8c959f; }
li.change p { margin: .2rem 0; }
.pages { color: var(--muted); font-size: .85rem; }
.code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-weight: 700; }
del { background: var(--removed); text-decoration: line-through; }
ins { background: var(--added); text-decoration: underline; }
del, ins { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.none { color: var(--muted); }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .toc { display: none; }
  li.change, tr, .alert { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

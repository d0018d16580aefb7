// Benchmark: extraction time per page (median of warm runs) and peak memory for every policy
// document under sources/ and, when present, the shared corpus next to the repository.
// Prints a table on stdout. Usage: npm run bench [-- --runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag === -1 ? 7 : Number(process.argv[runsFlag + 1]);

const folders = [join(root, 'sources'), join(root, '../shared/corpus')].filter((folder) => existsSync(folder));
const documents = folders.flatMap((folder) => listDocuments(folder));

interface Measurement {
  path: string;
  format: string;
  pages: number;
  medianMs: number;
  perPageMs: number;
  minMs: number;
  maxMs: number;
  loadRssMiB: number;
  peakRssMiB: number;
}

const rows: Measurement[] = [];
for (const path of documents) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/extract-one.ts'), path, String(runs)], {
    cwd: root,
    encoding: 'utf8',
  });
  if (child.status !== 0) {
    const reason = child.stderr.split('\n').find((line) => /Error: /.test(line)) ?? `exit code ${child.status}`;
    process.stderr.write(`skipped ${relative(root, path)}: ${reason.trim()}\n`);
    continue;
  }
  rows.push(JSON.parse(child.stdout) as Measurement);
}

process.stdout.write(`policydiff extraction benchmark: ${runs} warm runs per document, median reported\n`);
process.stdout.write(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}\n\n`);
const header = ['document', 'format', 'pages', 'median ms', 'ms/page', 'min ms', 'max ms', 'RSS after load MiB', 'peak RSS MiB'];
const table = rows.map((row) => [
  relative(root, row.path),
  row.format,
  String(row.pages),
  row.medianMs.toFixed(1),
  row.perPageMs.toFixed(1),
  row.minMs.toFixed(1),
  row.maxMs.toFixed(1),
  row.loadRssMiB.toFixed(0),
  row.peakRssMiB.toFixed(0),
]);
const widths = header.map((cell, column) => Math.max(cell.length, ...table.map((row) => row[column]!.length)));
for (const row of [header, widths.map((width) => '-'.repeat(width)), ...table]) {
  process.stdout.write(`${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}\n`);
}

function listDocuments(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...listDocuments(path));
    else if (/\.(pdf|html?|txt)$/i.test(name)) found.push(path);
  }
  return found;
}

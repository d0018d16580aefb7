// Extracts one document several times in a warm process and prints one JSON line: the median
// time per run and per page, and the process's peak resident memory. Run by bench/extract.ts,
// one child process per document, so each peak belongs to one document.
import { readFileSync } from 'node:fs';

const [path, runsText] = process.argv.slice(2);
if (!path) throw new Error('usage: extract-one.ts FILE [RUNS]');
const runs = Number(runsText ?? 7);
const bytes = new Uint8Array(readFileSync(path));

// Loading the modules (pdf.js, cheerio, compiled on the fly by tsx) costs memory of its own,
// measured apart from extraction.
const { extractDocument } = await import('../src/extract.ts');
const loadRssMiB = process.resourceUsage().maxRSS / 1024;

// The first run loads pdf.js and compiles the parser; it is not measured.
const first = await extractDocument(bytes, path);
const pages = first.release.source[0]!.pages;

const times: number[] = [];
for (let run = 0; run < runs; run++) {
  const start = process.hrtime.bigint();
  await extractDocument(bytes, path);
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;

process.stdout.write(
  `${JSON.stringify({
    path,
    format: first.release.source[0]!.format,
    pages,
    runs,
    medianMs: median,
    perPageMs: median / pages,
    minMs: times[0],
    maxMs: times.at(-1),
    loadRssMiB,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);

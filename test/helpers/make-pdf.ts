// Writes small PDF files for bad-input tests: a document with thousands of empty pages, or one
// whose page content is a compressed stream that expands far beyond its size.
import { deflateSync } from 'node:zlib';

interface PdfObject {
  dictionary: string;
  stream?: Buffer;
}

function writePdf(objects: PdfObject[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;

  objects.forEach((object, index) => {
    offsets.push(length);
    const head = object.stream
      ? `${index + 1} 0 obj\n${object.dictionary.replace(/>>$/, ` /Length ${object.stream.length} >>`)}\nstream\n`
      : `${index + 1} 0 obj\n${object.dictionary}\n`;
    const chunk = object.stream
      ? Buffer.concat([Buffer.from(head), object.stream, Buffer.from('\nendstream\nendobj\n')])
      : Buffer.from(`${head}endobj\n`);
    parts.push(chunk);
    length += chunk.length;
  });

  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)];
  parts.push(Buffer.from(`${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** Writes a valid PDF of `count` empty pages. */
export function makeManyPagePdf(count: number): Buffer {
  const kids = Array.from({ length: count }, (_, index) => `${index + 3} 0 R`).join(' ');
  const objects: PdfObject[] = [
    { dictionary: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dictionary: `<< /Type /Pages /Kids [${kids}] /Count ${count} >>` },
  ];
  for (let index = 0; index < count; index++) {
    objects.push({ dictionary: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>' });
  }
  return writePdf(objects);
}

/** Writes a one-page PDF whose content stream inflates from a few hundred KiB to `expandedBytes`. */
export function makeDecompressionBombPdf(expandedBytes: number): Buffer {
  const content = deflateSync(Buffer.alloc(expandedBytes, 0x20), { level: 9 });
  return writePdf([
    { dictionary: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dictionary: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { dictionary: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>' },
    { dictionary: '<< /Filter /FlateDecode >>', stream: content },
  ]);
}

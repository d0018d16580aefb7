// Lists the source documents: `sources/<publisher>-<policy>/<effective-date>.<ext>`, several
// renditions of one release sharing the date (`2026-04-15.pdf`, `.html`, `.txt`).
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

import { compareText } from '../diff/text.ts';
import { InputError } from '../errors.ts';

export interface SourceFile {
  /**
   * Path as recorded in generated/: the sources folder's own name, then the policy folder and
   * file (`sources/cigna-0558/2026-04-15.pdf`), however `--sources` was written, so the output
   * does not depend on the working directory.
   */
  path: string;
  /** Path to read the file from. */
  location: string;
  /** Folder name, for example `cigna-0558`. */
  policyKey: string;
  /** ISO effective date from the file name. */
  date: string;
  extension: string;
}

const POLICY_FOLDER = /^[a-z][a-z0-9]*-[A-Za-z0-9.]+$/;
const RELEASE_FILE = /^(\d{4}-\d{2}-\d{2})\.(pdf|html|htm|txt)$/i;
/** Renditions in the order the first of them becomes the primary one. */
export const RENDITION_ORDER = ['pdf', 'html', 'htm', 'txt'];

export async function scanSources(sourcesDir: string): Promise<SourceFile[]> {
  const folders = await listDirectory(sourcesDir);
  const files: SourceFile[] = [];
  const recordedRoot = basename(resolve(sourcesDir));

  for (const folder of folders) {
    if (folder.startsWith('.') || folder === 'README.md') continue;
    if (!POLICY_FOLDER.test(folder)) {
      throw new InputError(
        `${sourcesDir}/${folder}: not a policy folder; expected <publisher>-<policy>, for example sources/cigna-0558.`,
      );
    }

    for (const name of await listDirectory(join(sourcesDir, folder))) {
      if (name.startsWith('.')) continue;
      const match = RELEASE_FILE.exec(name);
      if (!match || !isCalendarDate(match[1]!)) {
        throw new InputError(
          `${sourcesDir}/${folder}/${name}: not a release file name; expected <effective-date>.<pdf|html|txt>, for example 2026-04-15.pdf.`,
        );
      }
      files.push({
        path: `${recordedRoot}/${folder}/${name}`,
        location: join(sourcesDir, folder, name),
        policyKey: folder,
        date: match[1]!,
        extension: match[2]!.toLowerCase(),
      });
    }
  }

  return files.sort((a, b) => compareText(a.path, b.path));
}

async function listDirectory(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path);
    return entries.sort();
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
    throw new InputError(`${path}: cannot list the folder (${code}); expected the sources folder with one folder per policy.`);
  }
}

/** True for a real date: `2026-02-30` matches the pattern but is no date. */
function isCalendarDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}


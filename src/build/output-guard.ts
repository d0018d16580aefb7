// Checks the output folder before a build replaces it: the build swaps the whole folder, so it
// must never be the sources, hold them, or be a folder that policydiff did not write.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

import { InputError } from '../errors.ts';

export async function checkOutputFolder(outDir: string, sourcesDir: string): Promise<void> {
  const out = resolve(outDir);
  const sources = resolve(sourcesDir);

  if (out === sources || isInside(sources, out)) {
    throw new InputError(
      `--out ${outDir}: the output folder is or contains the sources folder ${sourcesDir}, and a build replaces the whole output folder; choose a separate folder such as generated.`,
    );
  }
  if (isInside(out, sources)) {
    throw new InputError(`--out ${outDir}: the output folder is inside the sources folder ${sourcesDir}; choose a folder outside it.`);
  }

  const info = await stat(out).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) {
    throw new InputError(`--out ${outDir}: exists and is not a folder; choose a folder for the generated files.`);
  }
  if (!(await wasWrittenByPolicydiff(out))) {
    throw new InputError(
      `--out ${outDir}: the folder exists but holds no policydiff index.json, and a build would replace everything in it; remove it or choose another folder.`,
    );
  }
}

/** True for an empty folder or one whose index.json names policydiff as its tool. */
async function wasWrittenByPolicydiff(folder: string): Promise<boolean> {
  const entries = await readdir(folder);
  if (entries.length === 0) return true;
  try {
    const index = JSON.parse(await readFile(join(folder, 'index.json'), 'utf8')) as { tool?: { name?: string } };
    return index.tool?.name === 'policydiff';
  } catch {
    return false;
  }
}

function isInside(child: string, parent: string): boolean {
  const path = relative(parent, child);
  return path !== '' && !path.startsWith(`..${sep}`) && path !== '..' && !path.startsWith(sep);
}

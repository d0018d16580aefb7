// Writes the planned files as a whole: into a fresh sibling folder first, then swapped in by
// renaming, so a run that fails leaves the previous generated/ untouched.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeOutput(outDir: string, files: Map<string, string>): Promise<void> {
  const parent = dirname(outDir);
  const name = basename(outDir);
  const staging = join(parent, `.${name}.tmp-${process.pid}`);
  const retired = join(parent, `.${name}.old-${process.pid}`);

  await removeStaleFolders(parent, name);
  try {
    for (const [path, content] of files) {
      const target = join(staging, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }

  const hadOutput = await exists(outDir);
  if (hadOutput) await rename(outDir, retired);
  try {
    await rename(staging, outDir);
  } catch (error) {
    // Put the previous tree back before reporting the failure.
    if (hadOutput) await rename(retired, outDir);
    throw error;
  }
  await rm(retired, { recursive: true, force: true });
}

/** Removes staging and retired folders that a killed build left behind. */
async function removeStaleFolders(parent: string, name: string): Promise<void> {
  const stale = new RegExp(`^\\.${escapeRegExp(name)}\\.(tmp|old)-\\d+$`);
  for (const entry of await readdir(parent)) {
    if (stale.test(entry)) await rm(join(parent, entry), { recursive: true, force: true });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Reads every file under a folder, keyed by path relative to it with `/` separators. */
export async function readTree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  if (!(await exists(root))) return files;

  const walk = async (relative: string): Promise<void> => {
    for (const entry of await readdir(join(root, relative), { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      else files.set(path, await readFile(join(root, path), 'utf8'));
    }
  };
  await walk('');
  return files;
}

async function exists(path: string): Promise<boolean> {
  try {
    await readdir(path);
    return true;
  } catch {
    return false;
  }
}

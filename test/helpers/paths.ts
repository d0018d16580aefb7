// Paths that tests share: the repository root, the committed sources, and the shared corpus of
// documents that may not be committed (tests that read it skip when it is absent).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const sourcesDir = fileURLToPath(new URL('../../sources/', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const fetchedCorpusDir = fileURLToPath(new URL('../../../shared/corpus/fetched/', import.meta.url));
export const hasFetchedCorpus = existsSync(fetchedCorpusDir);
export const cliPath = fileURLToPath(new URL('../../bin/policydiff.js', import.meta.url));

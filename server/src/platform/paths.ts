// Where the repository's own folders are, for the launcher, the static client and the tests.
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../../..');
export const defaultDataDir = path.join(repoRoot, 'data');

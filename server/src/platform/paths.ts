// Where the repository's own folders are, for the launcher, the static client and the tests. Found
// by walking up to the workspace root, so it holds for the TypeScript sources and the bundle alike.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in JSON.parse(readFileSync(manifest, 'utf8')))
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`no workspace root above ${from}`);
  }
}

export const repoRoot = findRoot(__dirname);
export const defaultDataDir = path.join(repoRoot, 'data');

// One app per data folder: a lock file with the owner's pid. A second app refuses to start and names
// the running one; a lock left by a dead process is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { isAlive } from './processes';

export class DataFolderInUse extends Error {}

/** Takes the lock on `dataDir` for this process; returns the release function. */
export function lockDataFolder(dataDir: string): () => void {
  const file = path.join(dataDir, 'carecentre.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      const release = () => {
        if (ownerOf(file) === process.pid) rmSync(file, { force: true });
      };
      process.once('exit', release);
      return () => {
        process.off('exit', release);
        release();
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = ownerOf(file);
      if (owner !== null && owner !== process.pid && isAlive(owner)) {
        throw new DataFolderInUse(
          `The data folder ${dataDir} is in use by another Care centre process (pid ${owner}). ` +
            'Stop that one first, or set DATA_DIR to another folder.',
        );
      }
      // A stale lock (its process is gone, or unreadable): take it over.
      rmSync(file, { force: true });
    }
  }
  throw new DataFolderInUse(`Could not lock the data folder ${dataDir}.`);
}

function ownerOf(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

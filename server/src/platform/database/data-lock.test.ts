// One app per data folder, private files, and no TCP port for the embedded engine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../paths';
import { lockDataFolder } from './data-lock';

const fresh = () => mkdtempSync(path.join(tmpdir(), 'carecentre-lock-'));

function startApp(dataDir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the data folder lock', () => {
  it('makes a second app on the same folder refuse to start, naming the running process', () => {
    const dir = fresh();
    const release = lockDataFolder(dir);
    try {
      const second = startApp(dir);
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(`in use by another Care centre process (pid ${process.pid})`);
    } finally {
      release();
    }
  });

  it('takes over a lock left by a dead process', () => {
    const dir = fresh();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    writeFileSync(path.join(dir, 'carecentre.lock'), `${dead.stdout}\n`);
    const release = lockDataFolder(dir);
    expect(readdirSync(dir)).toContain('carecentre.lock');
    release();
    expect(readdirSync(dir)).not.toContain('carecentre.lock');
  });
});

describe('the embedded engine started by the test run', () => {
  const dataDir = process.env.TEST_DATA_DIR!;

  it('listens on a Unix socket only, in a private folder', () => {
    const uri = process.env.TEST_MONGODB_URI!;
    expect(uri).toMatch(/^mongodb:\/\/%2F.+\.sock\/$/);
    const socket = decodeURIComponent(uri.slice('mongodb://'.length, -1));
    expect(statSync(path.dirname(socket)).mode & 0o777).toBe(0o700);
  });

  it('keeps its data folder 0700 and its files 0600', () => {
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(dataDir)) {
      const stat = statSync(path.join(dataDir, name));
      expect([name, stat.mode & 0o777]).toEqual([name, stat.isDirectory() ? 0o700 : 0o600]);
    }
  });
});

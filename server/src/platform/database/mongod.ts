// A `mongod` found on the PATH, run on loopback with its files in the data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { privateDir } from './private-files';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function startMongod(dataDir: string): Promise<{ child: ChildProcess; uri: string }> {
  const dbPath = privateDir(path.join(dataDir, 'mongod'));
  const port = await freePort();
  const child = spawn(
    'mongod',
    ['--dbpath', dbPath, '--bind_ip', '127.0.0.1', '--port', String(port)],
    { stdio: 'ignore' },
  );
  return { child, uri: `mongodb://127.0.0.1:${port}/` };
}

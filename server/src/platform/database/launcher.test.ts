// The launcher's choices that do not need a database: the connection string given, or a clear refusal.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureFerretBinary, startDatabase } from './launcher';

describe('startDatabase', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('uses MONGODB_URI when it is set', async () => {
    process.env.MONGODB_URI = 'mongodb://db.example:27017/';
    const db = await startDatabase({ dataDir: mkdtempSync(path.join(tmpdir(), 'cc-')) });
    expect(db).toMatchObject({ uri: 'mongodb://db.example:27017/', kind: 'external' });
  });

  it('says what to install when there is no Go, no mongod and no built binary', async () => {
    process.env.CARECENTRE_CACHE = mkdtempSync(path.join(tmpdir(), 'cc-cache-'));
    process.env.PATH = '/nonexistent';
    await expect(ensureFerretBinary(() => {})).rejects.toThrow(
      /Install one of: Go .*MongoDB .*MONGODB_URI/,
    );
  });
});

// A full disk during a write: a clean 507 in the user's language, nothing half-written, and
// writes work again once there is room. Needs root to mount a small tmpfs (CI runs as root).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import request from 'supertest';
import { buildUser } from '@care/shared/factories/users';
import { userCreateSchema } from '@care/shared/users';
import { createApp } from '../../app';
import { User } from '../../users/user.model';
import { createUser } from '../../users/users.service';
import { loadConfig } from '../config';
import { connectDatabase } from '../db';
import { createLogger } from '../logger';
import { startDatabase, type Database } from './launcher';

const mountPoint = mkdtempSync(path.join(tmpdir(), 'carecentre-full-'));
const mounted =
  process.getuid?.() === 0 &&
  spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', mountPoint]).status === 0;
if (!mounted) process.stderr.write('full-disk test skipped: cannot mount a tmpfs (not root)\n');
const maybe = mounted ? describe : describe.skip;

maybe('a full disk', () => {
  let database: Database;
  const filler = path.join(mountPoint, 'filler');

  beforeAll(async () => {
    database = await startDatabase({
      dataDir: path.join(mountPoint, 'data'),
      engine: 'sqlite',
      log: () => {},
    });
    await connectDatabase(database.uri, 'fulldisk');
  });
  afterAll(async () => {
    await mongoose.disconnect();
    await database?.destroy();
    spawnSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('answers 507 storage_full, writes nothing, and recovers when space is freed', async () => {
    const app = createApp(loadConfig({ NODE_ENV: 'test' }), createLogger('silent'));
    await createUser(
      userCreateSchema.parse(
        buildUser({ username: 'quantri', role: 'admin', password: 'Dia.Day.2026' }),
      ),
      null,
    );
    const admin = request.agent(app);
    const session = await admin.get('/api/auth/session').expect(200);
    const login = await admin
      .post('/api/auth/login')
      .set('X-CSRF-Token', session.body.data.csrfToken)
      .send({ username: 'quantri', password: 'Dia.Day.2026' })
      .expect(200);
    const csrf = login.body.data.csrfToken as string;
    const users = await User.countDocuments();

    // Fill the disk, then ask for a new account.
    spawnSync('sh', ['-c', `head -c 100000000 /dev/zero > ${filler}`]);
    const refused = await admin
      .post('/api/users')
      .set('X-CSRF-Token', csrf)
      .set('Accept-Language', 'vi')
      .send(buildUser({ username: 'daydia', role: 'carer', password: 'Khong.Du.Cho1' }));
    expect(refused.status).toBe(507);
    expect(refused.body.error).toMatchObject({ code: 'storage_full' });
    expect(refused.body.error.message).toMatch(/Ổ đĩa/);

    rmSync(filler);
    expect(await User.countDocuments()).toBe(users);
    const created = await admin
      .post('/api/users')
      .set('X-CSRF-Token', csrf)
      .send(buildUser({ username: 'daydia', role: 'carer', password: 'Khong.Du.Cho1' }));
    expect(created.status).toBe(201);
  }, 60_000);
});

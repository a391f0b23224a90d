// API test harness: the real app on the real embedded database, one throwaway database per suite.
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import request from 'supertest';
import type { Role } from '@care/shared/roles';
import { createApp } from '../app';
import { loadConfig, type Config } from '../platform/config';
import { connectDatabase } from '../platform/db';
import { createLogger } from '../platform/logger';
import { buildResident } from '@care/shared/factories/residents';
import { buildUser } from '@care/shared/factories/users';
import { createRandom } from '@care/shared/random';
import type { ResidentAdmitInput, ResidentCategory, ResidentView } from '@care/shared/residents';
import { userCreateSchema, type UserCreateInput } from '@care/shared/users';
import { createUser } from '../users/users.service';

export const testPassword = 'Test@12345';

export type TestApp = {
  app: ReturnType<typeof createApp>;
  config: Config;
  /** A fresh cookie-keeping client with its CSRF token, signed in as a new user of `role`. */
  signedIn: (role: Role) => Promise<TestClient>;
  /** Creates an account through the service (password `testPassword` unless given). */
  addUser: (overrides: Partial<UserCreateInput> & { role: Role }) => ReturnType<typeof createUser>;
  anonymous: () => Promise<TestClient>;
  /** Admits a resident from the shared factory through the API, as `client`; the record's view. */
  admitted: (
    client: TestClient,
    category?: ResidentCategory,
    overrides?: Partial<ResidentAdmitInput>,
  ) => Promise<ResidentView>;
};

export type TestClient = {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
  userId: string | null;
  username: string;
};

let counter = 0;

/** Call at the top of a test file; the app is ready inside tests. */
export function useTestApp(
  env: Record<string, string> = {},
  options: { logger?: ReturnType<typeof createLogger> } = {},
): TestApp {
  const holder = {} as TestApp;
  beforeAll(async () => {
    const uri = process.env.TEST_MONGODB_URI;
    if (!uri)
      throw new Error('TEST_MONGODB_URI is not set: run the tests through jest (global setup)');
    const dbName = `t_${randomBytes(6).toString('hex')}`;
    await connectDatabase(uri, dbName);
    const config = loadConfig({ NODE_ENV: 'test', LOGIN_IP_LIMIT: '1000', ...env });
    holder.config = config;
    holder.app = createApp(config, options.logger ?? createLogger('silent'));
    holder.anonymous = async () => {
      const agent = request.agent(holder.app);
      const res = await agent.get('/api/auth/session').expect(200);
      return {
        agent,
        csrf: (res.body.data.csrfToken as string | null) ?? '',
        userId: null,
        username: '',
      };
    };
    holder.addUser = (overrides) =>
      createUser(userCreateSchema.parse(buildUser({ password: testPassword, ...overrides })), null);
    const random = createRandom(97);
    holder.admitted = async (client, category = 'elderly', overrides = {}) => {
      const res = await client.agent
        .post('/api/residents')
        .set('X-CSRF-Token', client.csrf)
        .send(buildResident(category, overrides, random))
        .expect(201);
      return res.body.data as ResidentView;
    };
    holder.signedIn = async (role) => {
      const username = `${role.replace('_', '')}${++counter}`;
      const user = await holder.addUser({ username, role });
      const client = await holder.anonymous();
      const res = await client.agent
        .post('/api/auth/login')
        .set('X-CSRF-Token', client.csrf)
        .send({ username, password: testPassword })
        .expect(200);
      return {
        agent: client.agent,
        csrf: res.body.data.csrfToken,
        userId: user._id.toString(),
        username,
      };
    };
  });
  afterAll(async () => {
    await mongoose.connection.dropDatabase().catch(() => {});
    await mongoose.disconnect();
  });
  return holder;
}

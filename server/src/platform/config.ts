// Configuration read from environment variables, validated once at start.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  MONGODB_URI: z.string().startsWith('mongodb').optional(),
  DB_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_]+$/)
    .default('carecentre'),
  SESSION_SECRET: z.string().min(32).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_IP_LIMIT: z.coerce.number().int().min(1).default(30),
  SESSION_HOURS: z.coerce.number().min(1).max(72).default(12),
  // Shared duty-desk tablets lock after this many idle minutes (0: never; fractions for tests).
  IDLE_LOCK_MINUTES: z.coerce.number().min(0).max(720).default(10),
  DATA_DIR: z.string().min(1).optional(),
  TRUST_PROXY: flag,
  SEED_DEMO: flag,
});

export type Config = {
  port: number;
  host: string;
  mongodbUri: string | undefined;
  dbName: string;
  sessionSecret: string;
  production: boolean;
  logLevel: string;
  login: { maxFailures: number; lockMinutes: number; ipLimitPer15Minutes: number };
  sessionHours: number;
  /** Minutes without a pointer or key event before the client locks its screen (0: never). */
  idleLockMinutes: number;
  trustProxy: boolean;
  /** Where the embedded database keeps its files; `data/` in the repository by default. */
  dataDir: string | undefined;
  seedDemo: boolean;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.SESSION_SECRET) {
    throw new Error('Invalid configuration:\n  SESSION_SECRET: required in production (32+ chars)');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    mongodbUri: e.MONGODB_URI,
    dbName: e.DB_NAME,
    // Tests get a fresh secret; `npm start` keeps one in the data folder (platform/session-secret.ts).
    sessionSecret: e.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    production,
    logLevel: e.LOG_LEVEL,
    login: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      lockMinutes: e.LOGIN_LOCK_MINUTES,
      ipLimitPer15Minutes: e.LOGIN_IP_LIMIT,
    },
    sessionHours: e.SESSION_HOURS,
    idleLockMinutes: e.IDLE_LOCK_MINUTES,
    trustProxy: e.TRUST_PROXY,
    dataDir: e.DATA_DIR,
    seedDemo: e.SEED_DEMO,
  };
}

import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/** Where the embedded database lives when DATABASE_URL is unset. */
export const DEFAULT_SQLITE_PATH = path.join('data', 'tarina.db');

/** Where e-mails are written as .eml files when SMTP_URL is unset. */
export const DEFAULT_MAIL_DIR = path.join('data', 'mail');

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

/** A comma-separated list of IPv4/IPv6 addresses or CIDR ranges (the proxies whose X-Forwarded-* are believed). */
const trustedAddresses = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  )
  .refine(
    (items) => items.length > 0 && items.every((item) => isIP(item.split('/')[0] ?? '') !== 0 && /^[^/]+(\/\d{1,3})?$/.test(item)),
    'must be 1, 0 or a comma-separated list of IP addresses or CIDR ranges',
  );

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .default('')
    .refine(
      (value) => value === '' || value.startsWith('file:') || /^postgres(ql)?:\/\//.test(value),
      'must be empty (data/tarina.db), file:PATH (SQLite) or postgres://… (PostgreSQL)',
    ),
  TARINA_DEMO: booleanFlag.default(true),
  SMTP_URL: z
    .string()
    .default('')
    .refine((value) => value === '' || /^smtps?:\/\//.test(value), 'must be smtp://… or smtps://…'),
  MAIL_FROM: z.string().default('Tarina <no-reply@localhost>'),
  MAIL_DIR: z.string().default(DEFAULT_MAIL_DIR),
  PUBLIC_URL: z
    .string()
    .default('')
    .refine((value) => value === '' || /^https?:\/\//.test(value), 'must start with http:// or https://'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  // 1/true: every peer is a proxy; or the proxies' addresses and CIDR ranges, comma-separated.
  TRUST_PROXY: z.union([booleanFlag, trustedAddresses]).default(false),
  REDIS_URL: z
    .string()
    .default('')
    .refine((value) => value === '' || /^rediss?:\/\//.test(value), 'must start with redis:// or rediss://'),
  TARINA_JOBS: booleanFlag.default(true),
  // Load shedding (platform/http/overload.ts): 0 turns a check off.
  TARINA_OVERLOAD_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  TARINA_OVERLOAD_HEAP_MB: z.coerce.number().int().min(0).max(1_000_000).optional(),
  TARINA_OVERLOAD_WAIT_MS: z.coerce.number().int().min(0).max(600_000).default(2000),
});

/** The validated settings the app runs with. */
export interface Config {
  port: number;
  /** HOST if set; null leaves the choice to main.ts (127.0.0.1 over the demo, 0.0.0.0 otherwise). */
  host: string | null;
  database: DatabaseTarget;
  demo: boolean;
  smtpUrl: string | null;
  mailFrom: string;
  /** Where mails go as .eml files when there is no SMTP server. */
  mailDir: string;
  publicUrl: string | null;
  sessionSecret: string | null;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Whose X-Forwarded-* headers are believed: every peer (true), none (false), or these addresses and ranges. */
  trustProxy: boolean | string[];
  /** Redis for state shared by several app processes (the rate limits); null keeps it in each process. */
  redisUrl: string | null;
  /** Whether this process runs the scheduled background jobs (reminders, recomputations …). */
  jobs: boolean;
  /**
   * When new requests get 503 and Retry-After: the event loop lagging this many ms behind, or the
   * heap over this many MB (null: 85 % of V8's limit), or 32 requests in flight for longer than this many ms; 0 turns a check off.
   */
  overload: { eventLoopDelayMs: number; heapUsedMb: number | null; waitMs: number };
}

/** Which engine and where: decided once from DATABASE_URL. */
export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** Raised when a setting is wrong; main.ts prints it without a stack trace. */
export class ConfigError extends Error {}

/** Reads and validates the environment; throws ConfigError naming every bad setting. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const value = parsed.data;
  return {
    port: value.PORT,
    host: value.HOST ?? null,
    database: parseDatabaseUrl(value.DATABASE_URL),
    demo: value.TARINA_DEMO,
    smtpUrl: value.SMTP_URL || null,
    mailFrom: value.MAIL_FROM,
    mailDir: value.MAIL_DIR,
    publicUrl: value.PUBLIC_URL ? value.PUBLIC_URL.replace(/\/$/, '') : null,
    sessionSecret: value.SESSION_SECRET ?? null,
    logLevel: value.LOG_LEVEL,
    sessionIdleMinutes: value.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: value.SESSION_ABSOLUTE_HOURS,
    trustProxy: value.TRUST_PROXY,
    redisUrl: value.REDIS_URL || null,
    jobs: value.TARINA_JOBS,
    overload: {
      eventLoopDelayMs: value.TARINA_OVERLOAD_DELAY_MS,
      heapUsedMb: value.TARINA_OVERLOAD_HEAP_MB ?? null,
      waitMs: value.TARINA_OVERLOAD_WAIT_MS,
    },
  };
}

/** Maps DATABASE_URL to an engine: empty → data/tarina.db, file:PATH → SQLite, postgres:// → PostgreSQL. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url === '') return { kind: 'sqlite', path: DEFAULT_SQLITE_PATH };
  if (url.startsWith('file:')) {
    const filePath = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    if (filePath === '') throw new ConfigError('Invalid configuration:\n  DATABASE_URL: file: needs a path');
    return { kind: 'sqlite', path: filePath };
  }
  return { kind: 'postgres', url };
}

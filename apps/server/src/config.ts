// Configuration is read from the environment once, here (STYLE 5). A bad value stops the
// start with a message naming every bad variable.
import path from 'node:path';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  /** Create the demo organisation on first start: PGlite yes unless DEMO=0; PostgreSQL only with DEMO=1. */
  demo: boolean | 'auto';
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  maxUploadBytes: number;
  sessionIdleHours: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  publicUrl: string | undefined;
  /** I-2: how often the watched XML folders are read, in seconds; 0 — never (tests call `scanOnce`). */
  xmlFolderPollSeconds: number;
  /** I-2: the watched XML folders' root: each organisation's is `<root>/<organisation id>/`. */
  xmlFolderRoot: string;
  /** Issue 11: how SMS leave the server (`SMS_PROVIDER`): kept in the outbox, or sent through SMS.ru. */
  sms: SmsConfig;
  /**
   * `SECRET_KEY`: the key sign-in codes are kept under (HMAC). Unset: a key made once and kept in
   * the database, which a copy of the database then reveals too.
   */
  secretKey: string | undefined;
  /** Issue 11: the background job runner: how often it reads the queue, the first retry's delay. */
  jobs: { pollMs: number; retryBaseMs: number };
  /**
   * M-1: how fast a mailing goes out, messages per second (`MAILING_SMS_PER_SECOND`,
   * `MAILING_PUSH_PER_SECOND`): the SMS provider's rate limit, and a pace for push.
   */
  mailings: { smsPerSecond: number; pushPerSecond: number };
};

export type SmsConfig =
  | { provider: 'outbox' }
  | { provider: 'smsru'; apiId: string; from: string | undefined; url: string; timeoutMs: number };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}=${raw}: expected an integer from ${min} to ${max}`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes'].includes(raw)) return true;
    if (['0', 'false', 'no'].includes(raw)) return false;
    problems.push(`${name}=${raw}: expected 1/0, true/false or yes/no`);
    return fallback;
  };

  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL: expected postgres://user@host:port/database');
  }
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL=${logLevel}: expected one of ${LOG_LEVELS.join(', ')}`);
  const adminPassword = env.ADMIN_PASSWORD || undefined;
  if (adminPassword !== undefined && adminPassword.length < 8) {
    problems.push('ADMIN_PASSWORD: must be at least 8 characters long');
  }
  const publicUrl = env.PUBLIC_URL || undefined;
  if (publicUrl && !URL.canParse(publicUrl))
    problems.push(`PUBLIC_URL=${publicUrl}: expected an absolute URL`);

  const dataDir = path.resolve(cwd, env.DATA_DIR || './data');
  const xmlFolderRoot = env.XML_FOLDER_ROOT || undefined;
  if (xmlFolderRoot && !path.isAbsolute(xmlFolderRoot))
    problems.push(`XML_FOLDER_ROOT=${xmlFolderRoot}: expected an absolute path`);

  const smsProvider = env.SMS_PROVIDER || 'outbox';
  let sms: SmsConfig = { provider: 'outbox' };
  if (smsProvider === 'smsru') {
    const url = env.SMSRU_URL || 'https://sms.ru/sms/send';
    if (!URL.canParse(url)) problems.push(`SMSRU_URL=${url}: expected an absolute URL`);
    if (!env.SMSRU_API_ID) problems.push('SMSRU_API_ID: required with SMS_PROVIDER=smsru');
    sms = {
      provider: 'smsru',
      apiId: env.SMSRU_API_ID ?? '',
      from: env.SMSRU_FROM || undefined,
      url,
      timeoutMs: int('SMSRU_TIMEOUT_MS', 10_000, 100, 60_000),
    };
  } else if (smsProvider !== 'outbox') {
    problems.push(`SMS_PROVIDER=${smsProvider}: expected outbox or smsru`);
  }

  const secretKey = env.SECRET_KEY || undefined;
  if (secretKey !== undefined && secretKey.length < 32)
    problems.push('SECRET_KEY: must be at least 32 characters long (e.g. openssl rand -base64 32)');

  const config: Config = {
    port: int('PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dataDir,
    databaseUrl,
    adminPassword,
    demo: env.DEMO === undefined || env.DEMO === '' ? 'auto' : bool('DEMO', false),
    logLevel,
    maxUploadBytes: int('MAX_UPLOAD_MB', 20, 1, 1024) * 1024 * 1024,
    sessionIdleHours: int('SESSION_IDLE_HOURS', 12, 1, 24 * 90),
    cookieSecure: bool('COOKIE_SECURE', false),
    trustProxy: bool('TRUST_PROXY', false),
    publicUrl,
    xmlFolderPollSeconds: int('XML_FOLDER_POLL_SECONDS', 10, 0, 86_400),
    xmlFolderRoot: path.resolve(xmlFolderRoot ?? path.join(dataDir, 'xml')),
    sms,
    secretKey,
    jobs: {
      pollMs: int('JOB_POLL_MS', 1000, 10, 3_600_000),
      retryBaseMs: int('JOB_RETRY_BASE_MS', 5000, 1, 3_600_000),
    },
    mailings: {
      smsPerSecond: int('MAILING_SMS_PER_SECOND', 20, 1, 100_000),
      pushPerSecond: int('MAILING_PUSH_PER_SECOND', 200, 1, 100_000),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

// Configuration is read from the environment once, here (STYLE 5). A bad value stops the
// start with a message naming every bad variable.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LIST_TOTAL_CAP } from './db/list-total';
import { PASSWORD_HASH_COST } from './platform/passwords';

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
  /** The premises and clients lists count matches up to this; past it «более N» or «≈ N» (issue 16). */
  listTotalCap: number;
  sessionIdleHours: number;
  /** scrypt cost of new password hashes, log2 N (PASSWORD_HASH_COST, 15; below 14 only in tests). */
  passwordHashCost: number;
  /** AUTH-1: how soon a phone may ask for another sign-in code (seconds). */
  residentCodeResendSeconds: number;
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
  /** Issue 14: push to residents' devices (Web Push, and FCM for a later native wrapper). */
  push: PushConfig;
};

export type PushConfig = {
  /** `VAPID_PUBLIC_KEY` / `VAPID_PRIVATE_KEY` (base64url); unset: a pair made once and kept in the database. */
  vapid: { publicKey: string; privateKey: string } | undefined;
  /** `VAPID_SUBJECT`: how a push service reaches the operator (mailto: or https:). */
  vapidSubject: string;
  /**
   * `WEB_PUSH_HOSTS`: the push services a subscription's endpoint may name (host suffixes, https;
   * an entry written `http://host` allows plain HTTP to that host — a local fake in tests). The
   * server posts to the endpoint a device gives, so it must not be any address at all.
   */
  webPushHosts: { protocol: 'https:' | 'http:'; host: string }[];
  timeoutMs: number;
  /** How long a push service keeps a message for a device that is offline (Web Push TTL). */
  ttlSeconds: number;
  /** `FCM_SERVICE_ACCOUNT` (the service account's JSON file); unset: FCM tokens are refused. */
  fcm: FcmConfig | undefined;
};

export type FcmConfig = {
  projectId: string;
  clientEmail: string;
  privateKey: string;
  /** `FCM_TOKEN_URL`: Google's OAuth 2.0 token endpoint (the service account's `token_uri`). */
  tokenUrl: string;
  /** `FCM_API_URL`: where `/v1/projects/<id>/messages:send` is. */
  apiUrl: string;
};

/** Push services of the browsers that install the app (Chrome/Yandex/Samsung: FCM; Firefox; Safari; Edge). */
const DEFAULT_WEB_PUSH_HOSTS =
  'fcm.googleapis.com,android.googleapis.com,push.services.mozilla.com,push.apple.com,notify.windows.com';

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

  const push = loadPushConfig(env, publicUrl, problems, int);

  // A cheaper hash makes a stolen table cheaper to crack: below 14 only in the tests.
  const passwordHashCost = int('PASSWORD_HASH_COST', PASSWORD_HASH_COST, 10, 20);
  if (passwordHashCost < 14 && env.NODE_ENV !== 'test')
    problems.push(`PASSWORD_HASH_COST=${passwordHashCost}: below 14 only with NODE_ENV=test`);

  const config: Config = {
    port: int('PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    dataDir,
    databaseUrl,
    adminPassword,
    demo: env.DEMO === undefined || env.DEMO === '' ? 'auto' : bool('DEMO', false),
    logLevel,
    maxUploadBytes: int('MAX_UPLOAD_MB', 20, 1, 1024) * 1024 * 1024,
    listTotalCap: int('LIST_TOTAL_CAP', LIST_TOTAL_CAP, 10, 1_000_000),
    sessionIdleHours: int('SESSION_IDLE_HOURS', 12, 1, 24 * 90),
    passwordHashCost,
    residentCodeResendSeconds: int('RESIDENT_CODE_RESEND_SECONDS', 60, 10, 600),
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
    push,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function loadPushConfig(
  env: Env,
  publicUrl: string | undefined,
  problems: string[],
  int: (name: string, fallback: number, min: number, max: number) => number,
): PushConfig {
  const publicKey = env.VAPID_PUBLIC_KEY || undefined;
  const privateKey = env.VAPID_PRIVATE_KEY || undefined;
  if (!publicKey !== !privateKey)
    problems.push('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY: give both or neither');
  if (publicKey && (!BASE64URL.test(publicKey) || Buffer.from(publicKey, 'base64url').length !== 65))
    problems.push(
      'VAPID_PUBLIC_KEY: expected a P-256 public key, 65 bytes in base64url (npx web-push generate-vapid-keys)',
    );
  if (privateKey && (!BASE64URL.test(privateKey) || Buffer.from(privateKey, 'base64url').length !== 32))
    problems.push('VAPID_PRIVATE_KEY: expected a P-256 private key, 32 bytes in base64url');
  const fallbackSubject = publicUrl?.startsWith('https://') ? publicUrl : 'mailto:admin@domovoy.invalid';
  const vapidSubject = env.VAPID_SUBJECT || fallbackSubject;
  if (!/^(mailto:.+@.+|https:\/\/.+)$/.test(vapidSubject))
    problems.push(`VAPID_SUBJECT=${vapidSubject}: expected mailto:address or an https:// URL`);

  const webPushHosts = (env.WEB_PUSH_HOSTS || DEFAULT_WEB_PUSH_HOSTS)
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
    .map((entry) => {
      const http = entry.startsWith('http://');
      const host = entry.replace(/^https?:\/\//, '');
      if (!/^[a-z0-9.-]+$/.test(host)) problems.push(`WEB_PUSH_HOSTS: ${entry} is not a host name`);
      return { protocol: http ? ('http:' as const) : ('https:' as const), host };
    });

  return {
    vapid: publicKey && privateKey ? { publicKey, privateKey } : undefined,
    vapidSubject,
    webPushHosts,
    timeoutMs: int('PUSH_TIMEOUT_MS', 10_000, 100, 60_000),
    ttlSeconds: int('PUSH_TTL_SECONDS', 24 * 3600, 0, 28 * 24 * 3600),
    fcm: loadFcmConfig(env, problems),
  };
}

/** The service account's JSON file (Firebase console → Service accounts → Generate new private key). */
function loadFcmConfig(env: Env, problems: string[]): FcmConfig | undefined {
  const file = env.FCM_SERVICE_ACCOUNT || undefined;
  if (!file) return undefined;
  let account: Record<string, unknown>;
  try {
    account = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    problems.push(`FCM_SERVICE_ACCOUNT=${file}: not a readable JSON file (${(error as Error).message})`);
    return undefined;
  }
  const text = (key: string) => (typeof account[key] === 'string' ? (account[key] as string) : '');
  const projectId = env.FCM_PROJECT_ID || text('project_id');
  const tokenUrl = env.FCM_TOKEN_URL || text('token_uri') || 'https://oauth2.googleapis.com/token';
  const apiUrl = (env.FCM_API_URL || 'https://fcm.googleapis.com').replace(/\/+$/, '');
  if (!projectId) problems.push('FCM_SERVICE_ACCOUNT: the file has no project_id (or set FCM_PROJECT_ID)');
  if (!text('client_email') || !text('private_key'))
    problems.push('FCM_SERVICE_ACCOUNT: the file has no client_email or private_key');
  for (const [name, url] of [
    ['FCM_TOKEN_URL', tokenUrl],
    ['FCM_API_URL', apiUrl],
  ] as const)
    if (!URL.canParse(url)) problems.push(`${name}=${url}: expected an absolute URL`);
  return { projectId, clientEmail: text('client_email'), privateKey: text('private_key'), tokenUrl, apiUrl };
}

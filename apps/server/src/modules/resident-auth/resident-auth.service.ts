import { randomInt } from 'node:crypto';
import { setTimeout as sleepMs } from 'node:timers/promises';
import {
  FIELD_ERROR_MESSAGES,
  normalizePhone,
  type ResidentCodeBody,
  type ResidentCodeResult,
  type ResidentLoginBody,
  type ResidentPasswordBody,
  type ResidentSignIn,
  type ResidentSwitchBody,
  type ResidentVerifyBody,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { AppError, fieldError } from '../../platform/errors';
import type { OneTimeCodes } from '../../platform/one-time-codes';
import {
  dummyPasswordHash,
  hashPassword,
  PASSWORD_HASH_COST,
  verifyPassword,
} from '../../platform/passwords';
import {
  hitRateLimit,
  type RateLimitRule,
  rateLimitWait,
  resetRateLimit,
  sourceOf,
} from '../../platform/rate-limit';
import { slowdownMs } from '../auth/auth.service';
import type { OrganizationsService } from '../organizations/organizations.service';
import { residentAccounts } from '../resident-accounts/resident-accounts.service';
import { queueSms } from '../sms/sms-outbox';
import * as repo from './resident-auth.repository';
import type { ResidentSession } from './resident-sessions';
import { signIn } from './sign-in';

// AUTH-1 (issue 11): codes live 5 minutes, take 5 tries, come no more often than every 60 s.
const CODE_TTL_SECONDS = 5 * 60;
/** AUTH-1's default wait before another code to one phone (RESIDENT_CODE_RESEND_SECONDS). */
export const CODE_RESEND_SECONDS = 60;
const CODE_MAX_ATTEMPTS = 5;
const HOUR = 3600;
export const CODE_PER_PHONE: RateLimitRule = { limit: 5, windowSeconds: HOUR };
export const CODE_PER_SOURCE: RateLimitRule = { limit: 20, windowSeconds: HOUR };
export const VERIFY_FAILURES_PER_SOURCE: RateLimitRule = { limit: 30, windowSeconds: HOUR };
// Password logins are limited as staff logins are (issue 10, hole 3).
const LOGIN_PER_PHONE_SOURCE: RateLimitRule = { limit: 10, windowSeconds: 15 * 60 };
const LOGIN_PER_SOURCE: RateLimitRule = { limit: 50, windowSeconds: 15 * 60 };
const LOGIN_PER_PHONE: RateLimitRule = { limit: 20, windowSeconds: 15 * 60 };
/** T-3: switches between the account's organisations (a tap in «Мои помещения» each). */
export const SWITCH_PER_ACCOUNT: RateLimitRule = { limit: 30, windowSeconds: 15 * 60 };
const PASSWORD_CHANGE: RateLimitRule = { limit: 10, windowSeconds: 15 * 60 };
/** A session opened by a code may set a new password without the old one for this long (reset). */
const RESET_WINDOW_MS = 15 * 60_000;

type Deps = {
  db: Db;
  organizations: OrganizationsService;
  /** How sign-in codes are kept (an HMAC under the server's key). */
  codes: OneTimeCodes;
  now?: () => Date;
  sleep?: (ms: number) => Promise<unknown>;
  /** Seconds before one phone may have another code (config RESIDENT_CODE_RESEND_SECONDS). */
  codeResendSeconds?: number;
  /** scrypt cost of new password hashes (config PASSWORD_HASH_COST). */
  passwordHashCost?: number;
};

function phoneOf(input: string): string {
  const checked = normalizePhone(input);
  if (!checked.ok)
    throw fieldError('VALIDATION_FAILED', 'phone', FIELD_ERROR_MESSAGES[checked.code], checked.code);
  return checked.value;
}

async function assertUnderLimits(db: Db, limits: [string, RateLimitRule][], detail: (m: number) => string) {
  for (const [key, rule] of limits) {
    const wait = await rateLimitWait(db, key, rule);
    if (wait > 0)
      throw new AppError('TOO_MANY_ATTEMPTS', {
        detail: detail(Math.ceil(wait / 60)),
        retryAfterSeconds: wait,
      });
  }
}

const codeText = (organization: string, code: string) =>
  `Код для входа в приложение «${organization}»: ${code}. Никому его не сообщайте.`;

export function residentAuthService({
  db,
  organizations,
  codes,
  now = () => new Date(),
  sleep = sleepMs,
  codeResendSeconds = CODE_RESEND_SECONDS,
  passwordHashCost = PASSWORD_HASH_COST,
}: Deps) {
  const dummyHash = dummyPasswordHash(passwordHashCost);
  async function organizationOf(slug: string) {
    const organization = await organizations.findBySlug(slug.trim().toLowerCase());
    if (!organization) throw new AppError('ORGANIZATION_NOT_FOUND');
    return organization;
  }

  return {
    /**
     * AUTH-1: a code by SMS. Every phone gets one, known or not (the answer never tells); the
     * code itself is only in the SMS outbox, never in a log.
     */
    async requestCode(body: ResidentCodeBody, ip: string): Promise<ResidentCodeResult> {
      const phone = phoneOf(body.phone);
      const organization = await organizationOf(body.organization);
      const phoneKey = `resident:code:phone:${phone}`;
      const sourceKey = `resident:code:ip:${sourceOf(ip)}`;
      const limits: [string, RateLimitRule][] = [
        [phoneKey, CODE_PER_PHONE],
        [sourceKey, CODE_PER_SOURCE],
      ];
      await assertUnderLimits(db, limits, (m) => `Слишком много запросов кода. Повторите через ${m} мин.`);
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const codeHash = await codes.hash(code);
      await db.transaction(async (tx) => {
        await repo.lockPhone(tx, phone);
        const at = now();
        const last = await repo.lastCodeAt(tx, phone);
        const wait = last ? Math.ceil(codeResendSeconds - (at.getTime() - last.getTime()) / 1000) : 0;
        if (wait > 0) throw new AppError('CODE_TOO_SOON', { retryAfterSeconds: wait });
        for (const [key, rule] of limits) await hitRateLimit(tx, key, rule);
        await repo.expireOpenCodes(tx, organization.id, phone, at);
        const expiresAt = new Date(at.getTime() + CODE_TTL_SECONDS * 1000);
        await repo.insertCode(tx, {
          organizationId: organization.id,
          phone,
          codeHash,
          createdAt: at,
          expiresAt,
        });
        const text = codeText(organization.name, code);
        await queueSms(tx, { organizationId: organization.id, phone, text, purpose: 'auth_code' });
      });
      return { expiresInSeconds: CODE_TTL_SECONDS, resendInSeconds: codeResendSeconds };
    },

    /** AUTH-1: the code from the SMS opens a session; a wrong one uses up one of the code's tries. */
    async verify(body: ResidentVerifyBody, ip: string): Promise<ResidentSignIn> {
      const phone = phoneOf(body.phone);
      const organization = await organizationOf(body.organization);
      const sourceKey = `resident:verify:ip:${sourceOf(ip)}`;
      await assertUnderLimits(
        db,
        [[sourceKey, VERIFY_FAILURES_PER_SOURCE]],
        (m) => `Слишком много неверных кодов. Повторите через ${m} мин.`,
      );
      const attempt = await repo.takeAttempt(db, organization.id, phone, now(), CODE_MAX_ATTEMPTS);
      // Compared even without a code, so that both paths take the same time.
      const matches = await codes.verify(body.code.replace(/\s/g, ''), attempt?.codeHash ?? codes.dummy);
      if (!attempt || !matches) {
        await hitRateLimit(db, sourceKey, VERIFY_FAILURES_PER_SOURCE);
        throw new AppError('CODE_INVALID');
      }
      return db.transaction(async (tx) => {
        const at = now();
        if (!(await repo.useCode(tx, attempt.id, at))) throw new AppError('CODE_INVALID');
        const account = await residentAccounts.ensure(tx, phone);
        return signIn(tx, { account, organization, device: body.device, ip, at });
      });
    },

    /** AUTH-1: phone and password, limited as staff logins are; unknown phones answer the same. */
    async login(body: ResidentLoginBody, ip: string): Promise<ResidentSignIn> {
      const phone = phoneOf(body.phone);
      const organization = await organizationOf(body.organization);
      const source = sourceOf(ip);
      const pairKey = `resident:login:pair:${source}|${phone}`;
      const sourceKey = `resident:login:ip:${source}`;
      const limits: [string, RateLimitRule][] = [
        [pairKey, LOGIN_PER_PHONE_SOURCE],
        [sourceKey, LOGIN_PER_SOURCE],
      ];
      await assertUnderLimits(
        db,
        limits,
        (m) => `Слишком много неудачных попыток входа. Повторите через ${m} мин.`,
      );
      const account = await residentAccounts.findByPhone(db, phone);
      const valid = await verifyPassword(body.password, account?.passwordHash ?? dummyHash);
      if (!account?.passwordHash || !valid) {
        for (const [key, rule] of limits) await hitRateLimit(db, key, rule);
        const failures = await hitRateLimit(db, `resident:login:phone:${phone}`, LOGIN_PER_PHONE);
        const delay = slowdownMs(failures);
        if (delay > 0) await sleep(delay);
        throw new AppError('CREDENTIALS_INVALID_RESIDENT');
      }
      await resetRateLimit(db, pairKey);
      return db.transaction((tx) =>
        signIn(tx, { account, organization, device: body.device, ip, at: now() }),
      );
    },

    /**
     * T-3 «единое приложение»: the same account on the same device gets a session in another of its
     * organisations without a new code — only where it has a client card. An organisation without
     * its card answers as one that does not exist (404), so the route tells nothing of others.
     * The new session is recorded as a sign-in's (stamps, app open); the device is the session's.
     */
    async switchTo(session: ResidentSession, body: ResidentSwitchBody, ip: string): Promise<ResidentSignIn> {
      const key = `resident:switch:${session.accountId}`;
      await assertUnderLimits(
        db,
        [[key, SWITCH_PER_ACCOUNT]],
        (m) => `Слишком много переключений. Повторите через ${m} мин.`,
      );
      await hitRateLimit(db, key, SWITCH_PER_ACCOUNT);
      const [account, organization, device] = await Promise.all([
        residentAccounts.find(db, session.accountId),
        organizations.findBySlug(body.organization.trim().toLowerCase()),
        repo.findSessionDevice(db, session.organizationId, session.sessionId),
      ]);
      if (!account || !device) throw new AppError('RESIDENT_SESSION_REQUIRED');
      if (!organization || !(await repo.hasCard(db, organization.id, account.id)))
        throw new AppError('ORGANIZATION_NOT_FOUND');
      return db.transaction((tx) =>
        signIn(tx, {
          account,
          organization,
          device: {
            name: device.name ?? undefined,
            platform: device.platform ?? undefined,
            appVersion: device.appVersion ?? undefined,
            pushPermission: device.pushPermission ?? undefined,
          },
          ip,
          at: now(),
        }),
      );
    },

    /**
     * Sets or changes the account's password and ends its other sessions. The current password is
     * asked when there is one, unless this session was opened by a code in the last 15 minutes:
     * a forgotten password is reset by signing in with a code.
     */
    async setPassword(session: ResidentSession, body: ResidentPasswordBody): Promise<void> {
      const account = await residentAccounts.find(db, session.accountId);
      if (!account) throw new AppError('RESIDENT_SESSION_REQUIRED');
      const fresh = now().getTime() - session.createdAt.getTime() <= RESET_WINDOW_MS;
      const reset =
        fresh && (await repo.openedByCode(db, session.organizationId, account.phone, session.createdAt));
      if (account.passwordHash && !reset) {
        const key = `resident:password:${account.id}`;
        await assertUnderLimits(
          db,
          [[key, PASSWORD_CHANGE]],
          (m) => `Слишком много попыток. Повторите через ${m} мин.`,
        );
        const current = body.currentPassword ?? '';
        if (!(await verifyPassword(current, account.passwordHash))) {
          await hitRateLimit(db, key, PASSWORD_CHANGE);
          throw fieldError(
            'PASSWORD_CURRENT_INVALID',
            'currentPassword',
            'Текущий пароль указан неверно',
            'WRONG_PASSWORD',
          );
        }
      }
      const passwordHash = await hashPassword(body.newPassword, passwordHashCost);
      await db.transaction(async (tx) => {
        await repo.setPassword(tx, account.id, passwordHash);
        // Other devices sign in again with the new password (in every organisation: one account).
        await repo.deleteOtherSessions(tx, account.id, session.sessionId);
      });
    },

    async logout(session: ResidentSession): Promise<void> {
      await repo.deleteSession(db, session.sessionId);
    },
  };
}

export type ResidentAuthService = ReturnType<typeof residentAuthService>;

import { setTimeout as sleepMs } from 'node:timers/promises';
import { type Me, PERMISSION_NAMES, type Permission } from '@domovoy/contract';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { type Actor, staffIdOf } from '../../platform/actor';
import { AppError, fieldError } from '../../platform/errors';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../platform/passwords';
import {
  hitRateLimit,
  purgeRateLimits,
  type RateLimitRule,
  rateLimitWait,
  resetRateLimit,
  sourceOf,
} from '../../platform/rate-limit';
import { hashToken, newToken } from '../../platform/tokens';
import * as repo from './auth.repository';

// Failed logins (OWASP Authentication Cheat Sheet; issue 10, hole 3). An address is refused after
// failures under one login, or under many logins; the owner, from an address without failures,
// still logs in while someone else guesses. Across all addresses a login is slowed, never locked.
const PER_LOGIN_SOURCE: RateLimitRule = { limit: 10, windowSeconds: 15 * 60 };
const PER_SOURCE: RateLimitRule = { limit: 50, windowSeconds: 15 * 60 };
const PER_LOGIN: RateLimitRule = { limit: 20, windowSeconds: 15 * 60 };
const PER_PASSWORD_CHANGE: RateLimitRule = { limit: 10, windowSeconds: 15 * 60 };
const MAX_SLOWDOWN_MS = 3_000;
/** Sessions are extended at most once a minute, not on every request. */
const TOUCH_EVERY_MS = 60_000;

type StaffRow = NonNullable<repo.StaffWithRole>;

export type AuthDeps = {
  db: Db;
  config: Config;
  now?: () => Date;
  sleep?: (ms: number) => Promise<unknown>;
};

/**
 * How long a failed login waits before its answer once a login has had `failures` in its window
 * from all addresses: nothing up to the ceiling, then doubling up to a few seconds.
 */
export function slowdownMs(failures: number): number {
  const over = failures - PER_LOGIN.limit;
  return over > 0 ? Math.min(100 * 2 ** Math.min(over, 10), MAX_SLOWDOWN_MS) : 0;
}

export type Session = { actor: Actor; tokenHash: string };

export function permissionsOf(role: { roleSystem: boolean; rolePermissions: string[] }): Set<Permission> {
  // The built-in administrator role has every permission, including ones added later.
  if (role.roleSystem) return new Set(PERMISSION_NAMES);
  return new Set(PERMISSION_NAMES.filter((p) => role.rolePermissions.includes(p)));
}

/**
 * ends every session of a staff member (deactivated, deleted, or given a new password by an
 * administrator). For the staff module, which must not reach this module's repository.
 */
export function endStaffSessions(db: Db, organizationId: string, staffId: string): Promise<void> {
  return repo.deleteStaffSessions(db, organizationId, staffId);
}

/**
 * The actor a staff member acts as now — their role's permissions — or undefined when they are
 * gone. For work done on their behalf later (an import's preview in the background).
 */
export async function staffActor(
  db: Db,
  organizationId: string,
  staffId: string,
): Promise<Actor | undefined> {
  const row = await repo.findStaffById(db, organizationId, staffId);
  return row ? actorOf(row) : undefined;
}

function actorOf(row: StaffRow): Actor {
  return {
    organizationId: row.organizationId,
    staffId: row.staffId,
    name: row.fullName,
    roleId: row.roleId,
    permissions: permissionsOf(row),
  };
}

function meOf(row: StaffRow): Me {
  return {
    staff: { id: row.staffId, login: row.login, fullName: row.fullName },
    organization: { id: row.organizationId, name: row.organizationName },
    role: { id: row.roleId, name: row.roleName, system: row.roleSystem },
    permissions: [...permissionsOf(row)],
  };
}

export function authService({ db, config, now = () => new Date(), sleep = sleepMs }: AuthDeps) {
  const idleMs = config.sessionIdleHours * 3600_000;
  const dummyHash = dummyPasswordHash(config.passwordHashCost);

  async function assertNotLocked(keys: [string, RateLimitRule][]) {
    for (const [key, rule] of keys) {
      const wait = await rateLimitWait(db, key, rule);
      if (wait > 0) {
        const minutes = Math.ceil(wait / 60);
        throw new AppError('TOO_MANY_ATTEMPTS', {
          detail: `Слишком много неудачных попыток входа. Повторите через ${minutes} мин.`,
          retryAfterSeconds: wait,
        });
      }
    }
  }

  return {
    async login(input: { login: string; password: string; ip: string; userAgent?: string }) {
      const login = input.login.trim();
      // Keys are the same whether the login exists or not: nothing tells an outsider which is which.
      const source = sourceOf(input.ip);
      const pairKey = `login:pair:${source}|${login.toLowerCase()}`;
      const sourceKey = `login:ip:${source}`;
      await assertNotLocked([
        [pairKey, PER_LOGIN_SOURCE],
        [sourceKey, PER_SOURCE],
      ]);
      const row = await repo.findStaffByLogin(db, login);
      const valid = await verifyPassword(input.password, row?.passwordHash ?? dummyHash);
      if (!row || !valid || !row.active) {
        await hitRateLimit(db, pairKey, PER_LOGIN_SOURCE);
        await hitRateLimit(db, sourceKey, PER_SOURCE);
        const failures = await hitRateLimit(db, `login:name:${login.toLowerCase()}`, PER_LOGIN);
        // The administrator sees the failures on the staff card (an update of no row when unknown).
        await repo.recordLoginFailure(db, login, input.ip);
        const delay = slowdownMs(failures);
        if (delay > 0) await sleep(delay);
        throw new AppError('INVALID_CREDENTIALS');
      }
      // Only this address's count: an attacker's own account must not clear their address.
      await resetRateLimit(db, pairKey);
      const token = newToken();
      const at = now();
      const expiresAt = new Date(at.getTime() + idleMs);
      await repo.insertSession(db, {
        tokenHash: hashToken(token),
        organizationId: row.organizationId,
        staffId: row.staffId,
        createdAt: at,
        lastSeenAt: at,
        expiresAt,
        ip: input.ip,
        userAgent: input.userAgent?.slice(0, 500) ?? null,
      });
      await repo.setLastLogin(db, row.organizationId, row.staffId, at);
      return { token, expiresAt: expiresAt.toISOString(), me: meOf(row) };
    },

    /** The session behind a token, extended while it is used; undefined when expired or revoked. */
    async resolve(token: string): Promise<Session | undefined> {
      const tokenHash = hashToken(token);
      const at = now();
      const row = await repo.findLiveSession(db, tokenHash, at);
      if (!row?.active) return undefined;
      if (at.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
        await repo.extendSession(db, tokenHash, at, new Date(at.getTime() + idleMs));
      }
      return { actor: actorOf(row), tokenHash };
    },

    async logout(tokenHash: string): Promise<void> {
      await repo.deleteSession(db, tokenHash);
    },

    async me(actor: Actor): Promise<Me> {
      const row = await repo.findStaffById(db, actor.organizationId, staffIdOf(actor));
      if (!row) throw new AppError('UNAUTHENTICATED');
      return meOf(row);
    },

    /** The CRM's question «who is logged in here?»: nobody is an answer (null), not a refusal. */
    async session(actor: Actor | undefined): Promise<Me | null> {
      if (!actor?.staffId) return null;
      const row = await repo.findStaffById(db, actor.organizationId, actor.staffId);
      return row ? meOf(row) : null;
    },

    async changePassword(session: Session, currentPassword: string, newPassword: string): Promise<void> {
      const { actor } = session;
      const staffId = staffIdOf(actor);
      const row = await repo.findStaffById(db, actor.organizationId, staffId);
      if (!row) throw new AppError('UNAUTHENTICATED');
      const key = `password:staff:${staffId}`;
      await assertNotLocked([[key, PER_PASSWORD_CHANGE]]);
      if (!(await verifyPassword(currentPassword, row.passwordHash))) {
        await hitRateLimit(db, key, PER_PASSWORD_CHANGE);
        throw fieldError('VALIDATION_FAILED', 'currentPassword', 'Неверный текущий пароль', 'WRONG_PASSWORD');
      }
      await db.transaction(async (tx) => {
        await repo.setPassword(
          tx,
          actor.organizationId,
          staffId,
          await hashPassword(newPassword, config.passwordHashCost),
        );
        // Other devices must log in again with the new password.
        await repo.deleteStaffSessions(tx, actor.organizationId, staffId, session.tokenHash);
      });
    },

    /** Housekeeping: expired sessions and finished rate-limit windows go. */
    async purgeExpired(): Promise<void> {
      const at = now();
      await repo.deleteExpiredSessions(db, at);
      const rules = [PER_LOGIN_SOURCE, PER_SOURCE, PER_LOGIN, PER_PASSWORD_CHANGE];
      await purgeRateLimits(db, at, Math.max(...rules.map((rule) => rule.windowSeconds)));
    },
  };
}

export type AuthService = ReturnType<typeof authService>;

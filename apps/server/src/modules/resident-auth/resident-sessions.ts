import type { ResidentNotificationsBody } from '@domovoy/contract';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/errors';
import type { App } from '../../platform/http';
import { hashToken } from '../../platform/tokens';
import { moscowDay } from '../resident-people/people-rules';
import { reportNotifications } from './device-notifications';
import * as repo from './resident-sessions.repository';

declare module 'fastify' {
  interface FastifyRequest {
    /** The resident's device session on `/api/resident/*` routes; never set on staff routes. */
    residentSession: ResidentSession | null;
  }
  interface FastifyContextConfig {
    /** A resident-app route: only resident device sessions, never a staff session or API key. */
    resident?: boolean;
  }
}

export type ResidentSession = {
  sessionId: string;
  accountId: string;
  organizationId: string;
  createdAt: Date;
};

/** S-2: a session's last activity is written at most once a minute, not on every request. */
const TOUCH_EVERY_MS = 60_000;

/** M-3: the day an app open counts under: the Moscow day, as the monitor counts its days and weeks. */
export const dayOf = (at: Date) => moscowDay(at);

export function residentSessionsService({ db, now = () => new Date() }: { db: Db; now?: () => Date }) {
  return {
    /** The session behind a bearer token; undefined when it was ended (logout, password, staff). */
    async resolve(token: string): Promise<ResidentSession | undefined> {
      const row = await repo.findSessionByToken(db, hashToken(token));
      if (!row) return undefined;
      const at = now();
      if (at.getTime() - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
        const before = new Date(at.getTime() - TOUCH_EVERY_MS);
        // Only the request that wrote the touch records the rest: one write a minute per device.
        if (await repo.touchSession(db, row.id, at, before)) {
          await repo.touchVisit(db, row.organizationId, row.accountId, at);
          await repo.recordAppOpen(db, {
            organizationId: row.organizationId,
            sessionId: row.id,
            day: dayOf(at),
            accountId: row.accountId,
            appVersion: row.appVersion,
          });
        }
      }
      return {
        sessionId: row.id,
        accountId: row.accountId,
        organizationId: row.organizationId,
        createdAt: row.createdAt,
      };
    },

    reportNotifications: (session: ResidentSession, body: ResidentNotificationsBody) =>
      reportNotifications(db, session, body, now()),
  };
}

export type ResidentSessionsService = ReturnType<typeof residentSessionsService>;

/** The resident whose device session made the request (routes that are not public always have one). */
export function residentOf(request: FastifyRequest): ResidentSession {
  if (!request.residentSession) throw new AppError('RESIDENT_SESSION_REQUIRED');
  return request.residentSession;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
}

/**
 * Resident routes (`config.resident`) take only a device session's bearer token: the staff hook
 * skips them, and this one never looks at the staff cookie, sessions or API keys.
 */
export function registerResidentAuthentication(app: App, sessions: ResidentSessionsService) {
  app.decorateRequest('residentSession', null);
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    if (config?.resident !== true) return;
    const token = bearerToken(request);
    if (token) request.residentSession = (await sessions.resolve(token)) ?? null;
    if (config.public !== true && !request.residentSession) throw new AppError('RESIDENT_SESSION_REQUIRED');
  });
}

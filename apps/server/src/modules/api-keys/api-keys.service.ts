import {
  type ApiKey,
  type ApiKeyBody,
  type ApiKeyCreated,
  type ApiKeyScope,
  scopePermissions,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { assertHeld } from '../../platform/grants';
import { hashToken, newToken } from '../../platform/tokens';
import * as repo from './api-keys.repository';

/** Keys are told apart from staff session tokens by this prefix (and by secret scanners). */
export const API_KEY_PREFIX = 'dmv_';
const TOUCH_EVERY_MS = 60_000;

export type ApiKeySession = { actor: Actor; scopes: ApiKeyScope[] };

function view(row: repo.ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.keyPrefix,
    scopes: row.scopes as ApiKeyScope[],
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export function apiKeysService({ db, now = () => new Date() }: { db: Db; now?: () => Date }) {
  return {
    async list(actor: Actor): Promise<ApiKey[]> {
      assertCan(actor, 'settings.manage');
      return (await repo.listApiKeys(db, actor.organizationId)).map(view);
    },

    /**
     * I-1: the key is returned once; only its SHA-256 is kept. Issue 10: a scope needs every
     * permission it exercises (import rewrites personal data), checked here, once: the key is the
     * organisation's, so it outlives its creator's role changes until someone revokes it.
     */
    async create(actor: Actor, body: ApiKeyBody): Promise<ApiKeyCreated> {
      assertCan(actor, 'settings.manage');
      assertHeld(actor, scopePermissions(body.scopes));
      const key = `${API_KEY_PREFIX}${newToken()}`;
      const row = await repo.insertApiKey(db, {
        organizationId: actor.organizationId,
        name: body.name.trim(),
        keyHash: hashToken(key),
        keyPrefix: key.slice(0, API_KEY_PREFIX.length + 6),
        scopes: [...new Set(body.scopes)],
        createdBy: actor.staffId,
      });
      return { ...view(row), key };
    },

    /** Revoked keys stay listed (who had access, until when); they open nothing. */
    async revoke(actor: Actor, id: string): Promise<void> {
      assertCan(actor, 'settings.manage');
      const revoked = await repo.revokeApiKey(db, actor.organizationId, id, now());
      if (revoked) return;
      if (!(await repo.findApiKey(db, actor.organizationId, id))) throw new AppError('NOT_FOUND');
    },

    async resolve(key: string): Promise<ApiKeySession | undefined> {
      const row = await repo.findActiveKeyByHash(db, hashToken(key));
      if (!row) return undefined;
      const at = now();
      await repo.touchApiKey(
        db,
        row.key.organizationId,
        row.key.id,
        at,
        new Date(at.getTime() - TOUCH_EVERY_MS),
      );
      const scopes = row.key.scopes as ApiKeyScope[];
      return {
        scopes,
        actor: {
          organizationId: row.key.organizationId,
          staffId: null,
          apiKeyId: row.key.id,
          name: `Интеграция: ${row.key.name}`,
          roleId: '',
          permissions: new Set(scopePermissions(scopes)),
        },
      };
    },
  };
}

export type ApiKeysService = ReturnType<typeof apiKeysService>;

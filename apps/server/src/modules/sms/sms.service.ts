import type { SmsMessageListQuery, SmsMessagePage } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { piiAccess } from '../../platform/pii';
import * as repo from './sms.repository';
import { smsMessageView } from './sms.view';

export function smsService({ db }: { db: Db }) {
  return {
    /** Issue 11: «Настройки → SMS», the organisation's outbox newest first (administrators). */
    async list(actor: Actor, query: SmsMessageListQuery): Promise<SmsMessagePage> {
      assertCan(actor, 'settings.manage');
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 20;
      const { rows, total } = await repo.listMessages(db, actor.organizationId, page, pageSize);
      const access = piiAccess(actor);
      return { items: rows.map((row) => smsMessageView(row, access)), total, page, pageSize };
    },
  };
}

export type SmsService = ReturnType<typeof smsService>;

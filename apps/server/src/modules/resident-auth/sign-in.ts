import { phoneSearchDigits, type ResidentDevice, type ResidentSignIn } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { hashToken, newToken } from '../../platform/tokens';
import type { ResidentAccountRow } from '../resident-accounts/resident-accounts.repository';
import * as repo from './resident-auth.repository';
import { dayOf } from './resident-sessions';
import * as sessions from './resident-sessions.repository';

export type OrganizationRow = { id: string; slug: string; name: string };

const text = (value: string | undefined) => value?.trim() || null;

/**
 * AUTH-1, S-1: a device signs in to an organisation's app (after a code or a password), inside the
 * caller's transaction: the account's cards are stamped (C-7), a phone without a card becomes a
 * lead of the organisation once (AUTH-3), and the device gets its session.
 */
export async function signIn(
  tx: Db,
  input: {
    account: ResidentAccountRow;
    organization: OrganizationRow;
    device: ResidentDevice | undefined;
    ip: string;
    at: Date;
  },
): Promise<ResidentSignIn> {
  const { account, organization, device, at } = input;
  await repo.stampFirstLogin(tx, account.id, at);
  const isClient = await repo.stampVisit(tx, organization.id, account.id, at);
  // Unique per organisation and phone: concurrent sign-ins make one lead, a later one none.
  if (!isClient) await repo.insertLead(tx, organization.id, account.phone, phoneSearchDigits(account.phone));
  const token = newToken();
  const appVersion = text(device?.appVersion);
  const sessionId = await repo.insertSession(tx, {
    tokenHash: hashToken(token),
    accountId: account.id,
    organizationId: organization.id,
    deviceName: text(device?.name),
    devicePlatform: text(device?.platform),
    appVersion,
    osPermission: device?.pushPermission ?? null,
    ip: input.ip,
    createdAt: at,
    lastSeenAt: at,
  });
  await sessions.recordAppOpen(tx, {
    organizationId: organization.id,
    sessionId,
    day: dayOf(at),
    accountId: account.id,
    appVersion,
  });
  return {
    token,
    account: { id: account.id, phone: account.phone, hasPassword: account.passwordHash !== null },
    organization: { id: organization.id, slug: organization.slug, name: organization.name },
    isClient,
  };
}

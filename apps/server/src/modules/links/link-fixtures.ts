// Test helpers of the links tests: a client, a link, and the two cards' lists, through the API.
import { expect } from 'vitest';
import type { Client, Response } from '../../../test/helpers';

let sequence = 0;

/** A phone no other test client has: +7 916 …, numbered per test process. */
export function uniquePhone(): string {
  sequence += 1;
  return `+7916${String((process.pid * 1000 + sequence) % 1e7).padStart(7, '0')}`;
}

export async function makeClient(admin: Client, fullName = 'Иванов Иван Иванович', phone = uniquePhone()) {
  const response = await admin.post('/api/clients', { fullName, phone });
  if (response.status !== 201) throw new Error(`client: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; fullName: string; phone: string };
}

export function addToPremise(
  admin: Client,
  premiseId: string,
  body: Record<string, unknown>,
): Promise<Response> {
  return admin.post(`/api/premises/${premiseId}/clients`, body);
}

/** A link that must be created; its PremiseLink body. */
export async function link(
  admin: Client,
  premiseId: string,
  clientId: string,
  body: Record<string, unknown> = {},
) {
  const response = await addToPremise(admin, premiseId, { clientId, ...body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** The premise card's «Клиенты», as the given staff member sees it. */
export async function premiseClients(staff: Client, premiseId: string) {
  const response = await staff.get(`/api/premises/${premiseId}/clients`);
  expect(response.status).toBe(200);
  return response.body as Array<Record<string, unknown> & { id: string; clientId: string }>;
}

/** What a premise's links look like, for «nothing changed» assertions. */
export async function premiseState(admin: Client, premiseId: string) {
  return (await premiseClients(admin, premiseId)).map(({ id, role, ownerClientId, share, updatedAt }) => ({
    id,
    role,
    ownerClientId,
    share,
    updatedAt,
  }));
}

export async function historyOf(admin: Client, premiseId: string) {
  const response = await admin.get(`/api/premises/${premiseId}/history`);
  expect(response.status).toBe(200);
  return response.body as Array<{
    entityType: string;
    entityId: string;
    action: string;
    summary: string;
    changes: Array<{ field: string; old: unknown; new: unknown }>;
  }>;
}

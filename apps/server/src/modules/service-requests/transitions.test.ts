// ACT-3: every pair of statuses against the one transitions table (packages/contract) through the
// API — an allowed change is made (status, closed_at, the card's next statuses, history, the
// comment), any other is 409 REQUEST_STATUS_NOT_ALLOWED and writes nothing at all.
import {
  SERVICE_REQUEST_STATUS_CODES,
  SERVICE_REQUEST_STATUSES,
  SERVICE_REQUEST_TRANSITIONS,
  type ServiceRequestStatus,
} from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { dbFingerprint } from '../../../test/db-fingerprint';
import { makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';

let t: TestApp;
let admin: Client;
let typeId: string;
let premiseId: string;
let fingerprint: () => Promise<string>;

const pairs = SERVICE_REQUEST_STATUS_CODES.flatMap((from) =>
  SERVICE_REQUEST_STATUS_CODES.map((to) => ({
    from,
    to,
    allowed: SERVICE_REQUEST_TRANSITIONS[from].includes(to),
  })),
);

/** A new request (Ожидание), moved to `from` when that is another status (each is allowed from Ожидание). */
async function requestIn(from: ServiceRequestStatus): Promise<{ id: string; number: number }> {
  const made = await admin.post('/api/service-requests', {
    typeId,
    premiseId,
    subject: `Заявка в «${from}»`,
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  if (from !== 'waiting') {
    const moved = await admin.post(`/api/service-requests/${made.body.id}/status`, { status: from });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  }
  return made.body;
}

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  typeId = (await admin.get('/api/request-types')).body[0].id;
  premiseId = (await makePremise(admin, (await makeObject(admin)).id)).id;
  fingerprint = await dbFingerprint(t);
});
afterAll(() => t.close());

describe('the transitions table through POST /api/service-requests/:id/status', () => {
  it('covers every pair of statuses, and each status has somewhere to go', () => {
    expect(pairs).toHaveLength(SERVICE_REQUEST_STATUS_CODES.length ** 2);
    for (const from of SERVICE_REQUEST_STATUS_CODES)
      expect(SERVICE_REQUEST_TRANSITIONS[from].length, from).toBeGreaterThan(0);
    // A status is never a transition to itself: nothing would change.
    expect(pairs.filter((p) => p.from === p.to && p.allowed)).toEqual([]);
  });

  it.each(pairs.filter((p) => p.allowed))('$from → $to is made', async ({ from, to }) => {
    const request = await requestIn(from);
    const response = await admin.post(`/api/service-requests/${request.id}/status`, {
      status: to,
      comment: `Переход ${from} → ${to}`,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.status).toBe(to);
    expect(response.body.nextStatuses).toEqual(SERVICE_REQUEST_TRANSITIONS[to]);
    if (SERVICE_REQUEST_STATUSES[to].open) expect(response.body.closedAt).toBeNull();
    else expect(response.body.closedAt).not.toBeNull();
    expect(response.body.comments.map((c: { body: string }) => c.body)).toContain(`Переход ${from} → ${to}`);
    const history = (await admin.get(`/api/service-requests/${request.id}/history`)).body;
    expect(history.at(-1).changes).toContainEqual({
      field: 'status',
      old: SERVICE_REQUEST_STATUSES[from].label,
      new: SERVICE_REQUEST_STATUSES[to].label,
    });
  });

  it.each(pairs.filter((p) => !p.allowed))(
    '$from → $to is refused and writes nothing',
    async ({ from, to }) => {
      const request = await requestIn(from);
      const before = await fingerprint();
      const response = await admin.post(`/api/service-requests/${request.id}/status`, {
        status: to,
        comment: 'Не должен сохраниться',
      });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('REQUEST_STATUS_NOT_ALLOWED');
      expect(response.body.detail).toBe(
        `Заявку № ${request.number} нельзя перевести из статуса «${SERVICE_REQUEST_STATUSES[from].label}» в «${SERVICE_REQUEST_STATUSES[to].label}»`,
      );
      expect(await fingerprint()).toBe(before);
      expect((await admin.get(`/api/service-requests/${request.id}`)).body.status).toBe(from);
    },
  );
});

// T-1 and T-3 on the resident API (issue 12): a resident signed in to organisation A reaches only
// the records of their own card in A. Every route of the OpenAPI document under /api/resident/v1 is
// walked with the ids of another organisation's records — of the same phone's card there (one
// account per phone) — and of another resident of A: 404, nothing written, nothing of theirs shown.
// Routes are read from the document, so a route added later is walked without a line here.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/platform/authentication';
import { listOperations, type Operation } from './bad-requests';
import { buildTestApp, type TestApp } from './build-test-app';
import { dbFingerprint } from './db-fingerprint';
import { fixturePhone } from './fixtures';
import { type Client, makeOrganization, type Response, send } from './helpers';
import {
  type MarkerKind,
  makeResidentHome,
  type ResidentHome,
  type ResidentResource,
} from './resident-homes';
import {
  fieldResource,
  isPublic,
  isResidentPath,
  pathResource,
  residentOperations,
  unknownPathParams,
  validRequest,
} from './resident-routes';
import { residentFor } from './residents';

/**
 * Answers that show the same phone's records in other organisations by design, and which: «Мои
 * помещения» lists the account's premises in every organisation where it has a card, and «Оплатить
 * все» their sums due (T-3, APP-2).
 */
const ACROSS_ORGANIZATIONS: Record<string, MarkerKind[]> = {
  'GET /api/resident/v1/me/premises': ['premise'],
  'GET /api/resident/v1/payments': ['premise'],
};

let t: TestApp;
let staff: Client;
let home: ResidentHome;
let sameAccountElsewhere: ResidentHome;
let neighbour: ResidentHome;
let operations: Operation[];
/** The routes whose ids the fixture makes (the first test names the others). */
let walkable: Operation[];
let publicLabels: Set<string>;
let fingerprint: () => Promise<string>;

beforeAll(async () => {
  t = await buildTestApp();
  const a = await makeOrganization(t);
  const b = await makeOrganization(t);
  staff = a.admin;
  const phone = fixturePhone();
  home = await makeResidentHome(t, a, phone);
  sameAccountElsewhere = await makeResidentHome(t, b, phone);
  neighbour = await makeResidentHome(t, a);
  const document = (await send(t, { method: 'GET', url: '/api/openapi.json' })).body;
  operations = residentOperations(document);
  walkable = operations.filter((operation) => unknownPathParams(operation).length === 0);
  publicLabels = new Set();
  for (const operation of operations) if (await isPublic(t, operation)) publicLabels.add(operation.label);
  fingerprint = await dbFingerprint(t);
}, 120_000);
afterAll(() => t?.close());

const homes = () => [home, sameAccountElsewhere, neighbour];
const request = (of: ResidentHome, options: InjectOptions) => of.resident.request(options);

/** The texts and ids of `other` that `viewer` must not see in this route's answer. */
function foreignMarkers(label: string, viewer: ResidentHome, other: ResidentHome): string[] {
  const allowed = other.phone === viewer.phone ? (ACROSS_ORGANIZATIONS[label] ?? []) : [];
  return Object.entries(other.markers)
    .filter(([kind]) => !allowed.includes(kind as MarkerKind))
    .flatMap(([, markers]) => markers);
}

function expectNothingOf(response: Response, markers: string[], where: string) {
  const text = response.raw.toString('utf8');
  const shown = markers.filter((marker) => text.includes(marker));
  expect(shown, `${where} shows ${shown.join(', ')}: ${text.slice(0, 300)}`).toEqual([]);
}

function expectNotFound(response: Response, where: string) {
  expect(response.status, `${where}: ${response.status} ${response.raw.toString().slice(0, 300)}`).toBe(404);
  expect(String(response.headers['content-type']), where).toContain('application/problem+json');
}

/** What an answer tells: its status, code and field errors (the instance and ids aside). */
const answerOf = (response: Response) => ({
  status: response.status,
  code: response.body?.code,
  errors: response.body?.errors,
});

const NOWHERE = '00000000-0000-4000-8000-000000000001';

const idsOf = (of: ResidentHome) => (resource: keyof ResidentHome['ids']) => of.ids[resource];

/** Every GET of the resident API as `viewer`: 200, and nothing of the other homes (but by design). */
async function expectOnlyOwnAnswers(viewer: ResidentHome) {
  for (const operation of walkable.filter((o) => o.method === 'GET')) {
    const response = await request(viewer, validRequest(operation, idsOf(viewer)));
    const where = `${operation.label} as ${viewer.label}`;
    expect(response.status, `${where}: ${response.raw.toString().slice(0, 300)}`).toBe(200);
    for (const other of homes().filter((h) => h.label !== viewer.label))
      expectNothingOf(response, foreignMarkers(operation.label, viewer, other), where);
  }
}

describe('the resident API is walked whole', () => {
  it('every resident route names only records the fixture makes (else add them to resident-homes)', () => {
    expect(operations.length).toBeGreaterThan(15);
    const unknown = operations.flatMap((operation) =>
      unknownPathParams(operation).map((param) => `${operation.label} {${param}}`),
    );
    expect(unknown).toEqual([]);
  });

  it('every GET answers the home’s own records (200) and nothing of another card or organisation', async () => {
    for (const viewer of homes()) await expectOnlyOwnAnswers(viewer);
  });
});

describe('T-1: another organisation’s ids (and another resident’s) on every resident route', () => {
  it('in the path: 404, nothing written, nothing of theirs in the answer', async () => {
    let probes = 0;
    for (const operation of walkable.filter((o) => o.params.some((p) => p.in === 'path'))) {
      const isOpen = publicLabels.has(operation.label);
      // A public route knows no resident: only the organisation's boundary applies there.
      const foreigners = isOpen ? [sameAccountElsewhere] : [sameAccountElsewhere, neighbour];
      const resources = operation.params
        .filter((p) => p.in === 'path')
        .map((p) => pathResource(operation.path, p.name) as keyof ResidentHome['ids']);
      const before = await fingerprint();
      for (const foreign of foreigners) {
        const swaps = resources.filter((r) => foreign.ids[r] !== home.ids[r]).map((r) => [r]);
        if (!isOpen && resources.length > 1) swaps.push(resources);
        for (const swapped of swaps) {
          probes += 1;
          const options = validRequest(operation, idsOf(home), (r) =>
            swapped.includes(r) ? foreign.ids[r] : home.ids[r],
          );
          const where = `${operation.label} with ${foreign.label}’s ${swapped.join(' and ')}`;
          const response = await request(home, options);
          expectNotFound(response, where);
          expectNothingOf(response, Object.values(foreign.markers).flat(), where);
          // The same answer as for a record that exists nowhere.
          const nowhere = validRequest(operation, idsOf(home), (r) =>
            swapped.includes(r) ? NOWHERE : home.ids[r],
          );
          expect(answerOf(response), where).toEqual(answerOf(await request(home, nowhere)));
        }
      }
      const after = await fingerprint();
      expect(after === before, `${operation.label}: written`).toBe(true);
    }
    expect(probes).toBeGreaterThan(10);
  });

  it('a public logo address: another organisation’s object logo under this organisation’s id is 404', async () => {
    const theirObjectLogo = sameAccountElsewhere.markers.premise[4];
    const ours = await send(t, {
      method: 'GET',
      url: `/api/resident/v1/brand-logos/${home.organizationId}/${theirObjectLogo}`,
    });
    expectNotFound(ours, 'their object logo under our id');
    const theirs = await send(t, {
      method: 'GET',
      url: `/api/resident/v1/brand-logos/${sameAccountElsewhere.organizationId}/${theirObjectLogo}`,
    });
    expect(theirs.status, 'their object logo under their id (public by design)').toBe(200);
  });

  it('in a query or a body, one field at a time: answered as a record that exists nowhere, nothing written or shown', async () => {
    let probes = 0;
    for (const operation of walkable) {
      const fields = [
        ...operation.params.filter((p) => p.in === 'query').map((p) => p.name),
        ...Object.keys(operation.body?.properties ?? {}),
      ];
      const named = new Set(
        fields.map((name) => fieldResource(operation.path, name)).filter((r) => r !== undefined),
      );
      for (const resource of named)
        for (const foreign of [sameAccountElsewhere, neighbour]) {
          if (foreign.ids[resource] === home.ids[resource]) continue;
          probes += 1;
          const only = (id: string) => (r: ResidentResource) => (r === resource ? id : home.ids[r]);
          const before = await fingerprint();
          const where = `${operation.label} with ${foreign.label}’s ${resource}`;
          const response = await request(
            home,
            validRequest(operation, only(foreign.ids[resource]), idsOf(home)),
          );
          const text = response.raw.toString().slice(0, 300);
          expect(response.status, `${where}: ${text}`).toBeLessThan(500);
          expect(response.status, `${where}: ${text}`).not.toBe(403);
          expectNothingOf(response, Object.values(foreign.markers).flat(), where);
          expect((await fingerprint()) === before, `${where}: written (${response.status} ${text})`).toBe(
            true,
          );
          const nowhere = await request(home, validRequest(operation, only(NOWHERE), idsOf(home)));
          expect(answerOf(response), `${where}: ${text}`).toEqual(answerOf(nowhere));
        }
    }
    expect(probes).toBeGreaterThan(3);
  });
});

describe('T-3: one account per phone, one organisation per session', () => {
  it('`me` and «Мои данные» of a session are its organisation’s card, premises and requests', async () => {
    for (const [viewer, other] of [
      [home, sameAccountElsewhere],
      [sameAccountElsewhere, home],
    ] as const) {
      const me = (await viewer.resident.get('/me')).body;
      expect(me.account.id).toBe(other.resident.signIn.account.id);
      expect(me.organization.id).toBe(viewer.organizationId);
      expect(me.client.id).toBe(viewer.ids.clients);
      expect(me.premises.map((p: { id: string }) => p.id)).toEqual([viewer.ids.premises]);
      expect(me.requests.map((r: { addressText: string }) => r.addressText)).toEqual(viewer.markers.request);
      expect(me.unreadNotifications).toBe(1);
      expect(me.organizations.map((o: { id: string }) => o.id).sort()).toEqual(
        [home.organizationId, sameAccountElsewhere.organizationId].sort(),
      );
      expect((await viewer.resident.get('/me/profile')).body.fullName).toBe(viewer.markers.card[1]);
    }
  });

  it('reading every notification in one organisation leaves the other’s unread', async () => {
    const before = (await sameAccountElsewhere.resident.get('/notifications')).body.unread;
    const read = await home.resident.post('/notifications/read', { all: true });
    expect(read.status).toBe(200);
    expect((await sameAccountElsewhere.resident.get('/notifications')).body.unread).toBe(before);
    expect(before).toBe(1);
  });
});

describe('T-3: switching to another organisation of the account', () => {
  const switchTo = (of: ResidentHome, organization: string) =>
    of.resident.post('/auth/switch', { organization });

  it('opens a session there that sees that organisation’s card only', async () => {
    const switched = await switchTo(home, sameAccountElsewhere.slug);
    expect(switched.status, JSON.stringify(switched.body)).toBe(200);
    expect(switched.body.organization.id).toBe(sameAccountElsewhere.organizationId);
    const there = { ...sameAccountElsewhere, resident: residentFor(t, switched.body.token, switched.body) };
    expect((await there.resident.get('/me')).body.client.id).toBe(sameAccountElsewhere.ids.clients);
    await expectOnlyOwnAnswers(there);
    // The session it came from is still the first organisation's.
    expect((await home.resident.get('/me')).body.organization.id).toBe(home.organizationId);
  });

  it('is refused where the account has no card, as for an organisation that does not exist', async () => {
    const before = await fingerprint();
    const noCard = await switchTo(neighbour, sameAccountElsewhere.slug);
    const none = await switchTo(neighbour, 'no-such-organisation');
    expect(noCard.status).toBe(404);
    expect({ ...noCard.body, instance: undefined }).toEqual({ ...none.body, instance: undefined });
    expect(await fingerprint()).toBe(before);
  });
});

describe('doors apart: a staff credential never opens the resident API, a resident token no staff route', () => {
  it('a staff bearer token or cookie on every signed-in resident route: 401 RESIDENT_SESSION_REQUIRED', async () => {
    for (const operation of walkable.filter((o) => !publicLabels.has(o.label))) {
      const options = validRequest(operation, idsOf(home));
      for (const headers of [
        { authorization: `Bearer ${staff.token}` },
        { cookie: `${SESSION_COOKIE}=${staff.token}` },
      ]) {
        const response = await send(t, { ...options, headers });
        expect(response.status, operation.label).toBe(401);
        expect(response.body.code, operation.label).toBe('RESIDENT_SESSION_REQUIRED');
      }
    }
  });

  it('a resident token (as a bearer or the staff cookie) on every staff route answers as no credential at all', async () => {
    const document = (await send(t, { method: 'GET', url: '/api/openapi.json' })).body;
    const staffRoutes = listOperations(document).filter((o) => !isResidentPath(o.path));
    expect(staffRoutes.length).toBeGreaterThan(100);
    for (const operation of staffRoutes) {
      const options = {
        method: operation.method as InjectOptions['method'],
        url: operation.path.replace(/\{\w+\}/g, home.ids.premises),
      };
      const anonymous = answerOf(await send(t, options));
      expect(answerOf(await request(home, options)), operation.label).toEqual(anonymous);
      // In the cookie it is any unknown cookie (writes with a cookie meet the CSRF check first).
      const cookie = (token: string) => ({ ...options, headers: { cookie: `${SESSION_COOKIE}=${token}` } });
      expect(answerOf(await send(t, cookie(home.resident.token))), operation.label).toEqual(
        answerOf(await send(t, cookie('unknown-session-token'))),
      );
    }
  });
});

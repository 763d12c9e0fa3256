// Issue 11: the default provider keeps SMS in the outbox, and «Настройки → SMS» shows them to
// the organisation's administrators only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { queueSms } from './sms-outbox';

let t: TestApp;
let admin: Client;
let organizationId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({
    admin,
    organization: { id: organizationId },
  } = await makeOrganization(t));
});
afterAll(() => t?.close());

async function queue(phone: string, text: string, organization = organizationId) {
  const id = await t.db.transaction((tx) =>
    queueSms(tx, { organizationId: organization, phone, text, purpose: 'auth_code' }),
  );
  await t.app.jobs.wake();
  return id;
}

describe('the SMS outbox', () => {
  it('keeps the message on the server, sent by «outbox», with the code readable', async () => {
    const id = await queue('+79990000001', 'Код для входа в Домовой: 123456');
    const response = await admin.get('/api/sms-messages');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(response.body.items).toEqual([
      {
        id,
        phone: '+79990000001',
        text: 'Код для входа в Домовой: 123456',
        purpose: 'auth_code',
        status: 'sent',
        provider: 'outbox',
        providerMessageId: null,
        attempts: 1,
        lastError: null,
        createdAt: expect.any(String),
        sentAt: expect.any(String),
      },
    ]);
  });

  it('lists newest first, a page at a time, only the organisation’s own messages', async () => {
    const other = await makeOrganization(t);
    await queue('+79990000002', 'Код: 222222');
    await queue('+79990000003', 'Код: 333333');
    await queue('+79990000009', 'Чужой код: 999999', other.organization.id);
    const first = await admin.get('/api/sms-messages?pageSize=2');
    expect(first.body.total).toBe(3);
    expect(first.body.items.map((m: { phone: string }) => m.phone)).toEqual(['+79990000003', '+79990000002']);
    const second = await admin.get('/api/sms-messages?pageSize=2&page=2');
    expect(second.body.items.map((m: { phone: string }) => m.phone)).toEqual(['+79990000001']);
    const theirs = await other.admin.get('/api/sms-messages');
    expect(theirs.body.items.map((m: { text: string }) => m.text)).toEqual(['Чужой код: 999999']);
  });

  it('needs the settings permission; hides the recipient without the contacts permission', async () => {
    const limited = await makeStaff(t, admin, ['clients.view', 'clients.pii.contacts']);
    expect((await limited.get('/api/sms-messages')).status).toBe(403);
    const settingsOnly = await makeStaff(t, admin, ['settings.manage']);
    const response = await settingsOnly.get('/api/sms-messages');
    expect(response.status).toBe(200);
    expect(response.body.items[0].phone).not.toContain('7999');
  });
});

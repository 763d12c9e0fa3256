import { randomUUID } from 'node:crypto';
import type { Permission } from '@domovoy/contract';
import type { InjectOptions } from 'fastify';
import { organizationsService } from '../src/modules/organizations/organizations.service';
import type { TestApp } from './build-test-app';

// biome-ignore lint/suspicious/noExplicitAny: a test reads response bodies through its assertions.
export type Response = { status: number; body: any; headers: Record<string, unknown>; raw: Buffer };

/** An HTTP client for one staff member, through the app's front door. */
export type Client = {
  token: string;
  organizationId: string;
  request(options: InjectOptions): Promise<Response>;
  get(url: string): Promise<Response>;
  post(url: string, body?: unknown): Promise<Response>;
  patch(url: string, body?: unknown): Promise<Response>;
  delete(url: string): Promise<Response>;
};

export async function send(t: TestApp, options: InjectOptions): Promise<Response> {
  const response = await t.app.inject(options);
  const type = String(response.headers['content-type'] ?? '');
  const body = type.includes('json') && response.body ? JSON.parse(response.body) : response.body;
  return { status: response.statusCode, body, headers: response.headers, raw: response.rawPayload };
}

export function clientFor(t: TestApp, token: string, organizationId: string): Client {
  const request = (options: InjectOptions) =>
    send(t, { ...options, headers: { authorization: `Bearer ${token}`, ...options.headers } });
  return {
    token,
    organizationId,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, body) => request({ method: 'POST', url, payload: body as InjectOptions['payload'] }),
    patch: (url, body) => request({ method: 'PATCH', url, payload: body as InjectOptions['payload'] }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

export async function loginAs(t: TestApp, login: string, password: string): Promise<Client> {
  const response = await send(t, { method: 'POST', url: '/api/auth/login', payload: { login, password } });
  if (response.status !== 200) throw new Error(`login ${login} failed: ${JSON.stringify(response.body)}`);
  return clientFor(t, response.body.token, response.body.me.organization.id);
}

export const TEST_PASSWORD = 'correct-horse-battery';

/** A new organisation with a logged-in administrator. */
export async function makeOrganization(t: TestApp, name = `УК ${randomUUID().slice(0, 8)}`) {
  const organizations = organizationsService({ db: t.db, passwordHashCost: t.config.passwordHashCost });
  const organization = await organizations.create(name);
  const login = `admin-${randomUUID().slice(0, 8)}`;
  await organizations.createAdmin({
    organizationId: organization.id,
    login,
    password: TEST_PASSWORD,
    fullName: 'Администратор Тестовый',
  });
  const admin = await loginAs(t, login, TEST_PASSWORD);
  return { organization, admin, adminLogin: login };
}

/** A staff member of the admin's organisation whose role has exactly these permissions. */
export async function makeStaff(t: TestApp, admin: Client, permissions: Permission[]): Promise<Client> {
  const suffix = randomUUID().slice(0, 8);
  const role = await admin.post('/api/roles', { name: `Роль ${suffix}`, permissions });
  if (role.status !== 201) throw new Error(`role: ${JSON.stringify(role.body)}`);
  const login = `staff-${suffix}`;
  const staff = await admin.post('/api/staff', {
    login,
    fullName: 'Сотрудник Тестовый',
    roleId: role.body.id,
    password: TEST_PASSWORD,
  });
  if (staff.status !== 201) throw new Error(`staff: ${JSON.stringify(staff.body)}`);
  return loginAs(t, login, TEST_PASSWORD);
}

import { generateKeyPairSync, randomBytes, verify } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type FcmMessage = {
  token: string;
  notification?: { title?: string; body?: string };
  data?: Record<string, string>;
  android?: unknown;
};

const PROJECT = 'domovoy-test';
const SCOPE = 'https://www.googleapis.com/auth/firebase.messaging';

function fcmError(status: number, code: string, errorCode?: string) {
  return JSON.stringify({
    error: {
      code: status,
      status: code,
      message: code,
      details: errorCode
        ? [{ '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', errorCode }]
        : [],
    },
  });
}

/**
 * A local FCM for tests speaking HTTP v1: Google's OAuth 2.0 token endpoint (a service account's
 * RS256 assertion, RFC 7523, checked against the account's public key) and `messages:send`
 * (the bearer token it issued). It writes the service account's JSON file the server is
 * configured with, keeps the messages, and answers UNREGISTERED for tokens told so.
 */
export async function fakeFcm() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const clientEmail = 'push@domovoy-test.iam.gserviceaccount.com';
  const issued = new Set<string>();
  const messages: FcmMessage[] = [];
  const unregistered = new Set<string>();
  const tokenRequests: { ok: boolean }[] = [];
  let origin = '';

  function issueToken(form: URLSearchParams): string {
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer')
      throw new Error('grant_type');
    const [head, claims, signature] = (form.get('assertion') ?? '').split('.');
    if (!head || !claims || !signature) throw new Error('assertion');
    if (
      !verify('RSA-SHA256', Buffer.from(`${head}.${claims}`), publicKey, Buffer.from(signature, 'base64url'))
    )
      throw new Error('signature');
    const body = JSON.parse(Buffer.from(claims, 'base64url').toString()) as Record<string, unknown>;
    const now = Math.floor(Date.now() / 1000);
    if (body.iss !== clientEmail || body.aud !== `${origin}/token` || body.scope !== SCOPE)
      throw new Error('claims');
    if (typeof body.exp !== 'number' || body.exp <= now || body.exp > now + 3600 + 60) throw new Error('exp');
    const token = `ya29.${randomBytes(24).toString('base64url')}`;
    issued.add(token);
    return token;
  }

  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const json = (status: number, body: string) =>
      void response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(body);
    if (request.method === 'POST' && request.url === '/token') {
      try {
        const token = issueToken(new URLSearchParams(text));
        tokenRequests.push({ ok: true });
        return json(200, JSON.stringify({ access_token: token, expires_in: 3599, token_type: 'Bearer' }));
      } catch {
        tokenRequests.push({ ok: false });
        return json(400, JSON.stringify({ error: 'invalid_grant' }));
      }
    }
    if (request.method === 'POST' && request.url === `/v1/projects/${PROJECT}/messages:send`) {
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (!bearer || !issued.has(bearer)) return json(401, fcmError(401, 'UNAUTHENTICATED'));
      const { message } = JSON.parse(text) as { message: FcmMessage };
      if (!message?.token) return json(400, fcmError(400, 'INVALID_ARGUMENT'));
      if (unregistered.has(message.token)) return json(404, fcmError(404, 'NOT_FOUND', 'UNREGISTERED'));
      messages.push(message);
      return json(200, JSON.stringify({ name: `projects/${PROJECT}/messages/${messages.length}` }));
    }
    json(404, fcmError(404, 'NOT_FOUND'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const dir = await mkdtemp(path.join(tmpdir(), 'domovoy-fcm-'));
  const serviceAccountFile = path.join(dir, 'service-account.json');
  await writeFile(
    serviceAccountFile,
    JSON.stringify({
      type: 'service_account',
      project_id: PROJECT,
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }),
      client_email: clientEmail,
      token_uri: `${origin}/token`,
    }),
  );

  return {
    origin,
    serviceAccountFile,
    messages,
    tokenRequests,
    /** The app was removed from this device: FCM answers UNREGISTERED for its token. */
    unregister: (token: string) => void unregistered.add(token),
    /** Tokens it issued stop working (as when they expire early). */
    revokeTokens: () => issued.clear(),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await rm(dir, { recursive: true, force: true });
    },
  };
}

import {
  createDecipheriv,
  createECDH,
  createHmac,
  createPublicKey,
  randomBytes,
  randomUUID,
  verify,
} from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A device's subscription as the browser makes it: the push service's endpoint and its keys. */
type Device = {
  id: string;
  /** The applicationServerKey the app subscribed with: pushes must be signed by that key (RFC 8292). */
  serverKey: string;
  ecdh: ReturnType<typeof createECDH>;
  auth: Buffer;
  /** What the service answers for this endpoint instead of 201 (404/410: gone, 500…). */
  status?: number;
  /** The next pushes' answers, in order, before `status` or 201. */
  next: number[];
};

export type ReceivedPush = {
  device: string;
  /** The decrypted payload, parsed as JSON. */
  payload: unknown;
  ttl: string | undefined;
  urgency: string | undefined;
  /** The VAPID JWT's claims. */
  claims: { aud: string; exp: number; sub: string };
};

const hmac = (key: Buffer, data: Buffer) => createHmac('sha256', key).update(data).digest();

/**
 * RFC 8291 §3.4 and RFC 8188: the payload's content-coding header, keys and record, decrypted with
 * the user agent's private key and auth secret — what the browser does, written from the RFCs and
 * not with the library that encrypts.
 */
export function decryptPayload(body: Buffer, ecdh: ReturnType<typeof createECDH>, auth: Buffer): Buffer {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body.readUInt8(20);
  const asPublic = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  if (idLength !== 65 || record.length > recordSize) throw new Error('bad aes128gcm header');
  const uaPublic = ecdh.getPublicKey();
  const ecdhSecret = ecdh.computeSecret(asPublic);
  const prkKey = hmac(auth, ecdhSecret);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic, Buffer.from([1])]);
  const ikm = hmac(prkKey, keyInfo);
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01')).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01')).subarray(0, 12);
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  // The last (only) record ends with the delimiter 0x02, then zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 2) throw new Error('no last-record delimiter');
  return padded.subarray(0, end);
}

/** RFC 8292: `vapid t=<JWT>, k=<key>` — the JWT signed ES256 by that key, for this origin, not expired. */
export function checkVapid(authorization: string | undefined, origin: string, nowSeconds: number) {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+),\s*k=([\w-]+)$/.exec(authorization ?? '');
  if (!match?.[1] || !match[2]) throw new Error('no vapid authorization');
  const [token, key] = [match[1], match[2]];
  const [head, claims, signature] = token.split('.') as [string, string, string];
  const point = Buffer.from(key, 'base64url');
  if (point.length !== 65 || point[0] !== 4) throw new Error('k is not a P-256 point');
  const publicKey = createPublicKey({
    format: 'jwk',
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
  });
  const signed = verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) throw new Error('bad signature');
  const header = JSON.parse(Buffer.from(head, 'base64url').toString()) as { alg?: string };
  if (header.alg !== 'ES256') throw new Error('not ES256');
  const body = JSON.parse(Buffer.from(claims, 'base64url').toString()) as ReceivedPush['claims'];
  if (body.aud !== origin) throw new Error(`aud ${body.aud} is not ${origin}`);
  if (!(body.exp > nowSeconds && body.exp <= nowSeconds + 24 * 3600)) throw new Error('bad exp');
  if (!/^(mailto:|https:)/.test(body.sub)) throw new Error('bad sub');
  return { key, claims: body };
}

/**
 * A local push service for tests (127.0.0.1, a free port) speaking Web Push (RFC 8030): a device
 * subscribes with the server's VAPID key (as `pushManager.subscribe` does), the fake checks each
 * push's VAPID authorization (403 if wrong, as push services do), decrypts its payload with the
 * device's keys and keeps it; it answers 201, or what it was told for the endpoint (404, 410, 500).
 */
export async function fakeWebPush() {
  const devices = new Map<string, Device>();
  const received: ReceivedPush[] = [];
  const refused: string[] = [];
  let origin = '';
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const id = /^\/push\/([\w-]+)$/.exec(request.url ?? '')?.[1];
    const device = id ? devices.get(id) : undefined;
    if (request.method !== 'POST' || !device) return void response.writeHead(404).end();
    try {
      const { key, claims } = checkVapid(
        request.headers.authorization,
        origin,
        Math.floor(Date.now() / 1000),
      );
      if (key !== device.serverKey) throw new Error('not the key the device subscribed with');
      if (request.headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
      const status = device.next.shift() ?? device.status;
      if (status) return void response.writeHead(status).end();
      const plain = decryptPayload(Buffer.concat(chunks), device.ecdh, device.auth);
      received.push({
        device: device.id,
        payload: JSON.parse(plain.toString('utf8')),
        ttl: request.headers.ttl as string | undefined,
        urgency: request.headers.urgency as string | undefined,
        claims,
      });
      response.writeHead(201, { location: `${origin}/message/${randomUUID()}` }).end();
    } catch (error) {
      refused.push((error as Error).message);
      response.writeHead(403).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    /** Why pushes were refused (a bad VAPID header, an undecryptable payload). */
    refused,
    /** A browser's `pushManager.subscribe({ applicationServerKey })`: its `toJSON()`. */
    subscribe(serverKey: string) {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const device: Device = { id: randomUUID(), serverKey, ecdh, auth: randomBytes(16), next: [] };
      devices.set(device.id, device);
      return {
        id: device.id,
        endpoint: `${origin}/push/${device.id}`,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: device.auth.toString('base64url') },
      };
    },
    /** From now on, pushes to this device are answered with `status` (404/410: it unsubscribed). */
    answer(deviceId: string, status: number | undefined) {
      const device = devices.get(deviceId);
      if (device) device.status = status;
    },
    /** The next pushes to this device are answered with these statuses, once each. */
    script(deviceId: string, ...statuses: number[]) {
      devices.get(deviceId)?.next.push(...statuses);
    },
    payloadsOf: (deviceId: string) => received.filter((r) => r.device === deviceId).map((r) => r.payload),
    reset() {
      received.length = 0;
      refused.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeWebPush = Awaited<ReturnType<typeof fakeWebPush>>;

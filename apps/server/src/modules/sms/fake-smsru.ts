import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake gateway does with the next request. */
export type FakeAnswer =
  | { kind: 'ok' }
  | { kind: 'error'; code: number; text: string }
  | { kind: 'recipient-error'; code: number; text: string }
  | { kind: 'http'; status: number }
  | { kind: 'silent' };

export type FakeRequest = Record<string, string>;

/**
 * A local SMS.ru for tests (127.0.0.1, a free port) speaking its `sms/send` JSON protocol:
 * answers are taken from `script` in order, then `ok`.
 */
export async function fakeSmsRu() {
  const requests: FakeRequest[] = [];
  const script: FakeAnswer[] = [];
  let next = 0;
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://fake');
    const params = new URLSearchParams(url.search);
    for (const [k, v] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) params.set(k, v);
    const form = Object.fromEntries(params);
    requests.push(form);
    const answer = script.shift() ?? { kind: 'ok' };
    if (answer.kind === 'silent') return; // never answers: the sender's timeout must end it
    if (answer.kind === 'http') {
      response.writeHead(answer.status, { 'content-type': 'text/plain' }).end('Internal Server Error');
      return;
    }
    const to = form.to ?? '';
    const body =
      answer.kind === 'error'
        ? { status: 'ERROR', status_code: answer.code, status_text: answer.text }
        : {
            status: 'OK',
            status_code: 100,
            sms: {
              [to]:
                answer.kind === 'ok'
                  ? { status: 'OK', status_code: 100, sms_id: `000000-${10_000_000 + ++next}` }
                  : { status: 'ERROR', status_code: answer.code, status_text: answer.text },
            },
            balance: 4122.56,
          };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sms/send`,
    requests,
    /** The next answers, in order. */
    script: (...answers: FakeAnswer[]) => void script.push(...answers),
    reset() {
      requests.length = 0;
      script.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

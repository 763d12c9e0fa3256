import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, fieldError, toProblem } from './errors';

// Text nobody types and PostgreSQL may refuse (NUL): C0 controls except tab and line breaks, DEL,
// the non-characters U+FFFE/U+FFFF and lone surrogates (they would be stored as U+FFFD).
const FORBIDDEN_CHARACTER =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacter(text: string): boolean {
  return FORBIDDEN_CHARACTER.test(text);
}

export function forbiddenCharacterError(field: string): AppError {
  return fieldError('VALIDATION_FAILED', field, 'Недопустимый символ в тексте', 'FORBIDDEN_CHARACTER');
}

const joinPath = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * The field (as validation errors name it: `a.b.0`) of the first value, or key, found bad.
 * Iterative: a deeply nested body must not exhaust the stack.
 */
function findField(
  value: unknown,
  isBad: (item: unknown) => boolean,
  checkKeys: boolean,
): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, path] = next;
    if (isBad(item)) return path;
    if (Array.isArray(item)) {
      item.forEach((element, index) => {
        stack.push([element, joinPath(path, String(index))]);
      });
    } else if (item !== null && typeof item === 'object' && !Buffer.isBuffer(item)) {
      for (const [key, element] of Object.entries(item)) {
        const field = joinPath(path, key);
        if (checkKeys && isBad(key)) return field;
        stack.push([element, field]);
      }
    }
  }
  return undefined;
}

const isForbiddenText = (item: unknown) => typeof item === 'string' && hasForbiddenCharacter(item);
const isNonFinite = (item: unknown) => typeof item === 'number' && !Number.isFinite(item);

export const findForbiddenText = (value: unknown) => findField(value, isForbiddenText, true);

/** Refuses a request whose parameters, query or JSON body carry forbidden characters. */
export async function refuseForbiddenText(request: FastifyRequest) {
  refuseMalformedQuery(request.url);
  for (const part of [request.params, request.query, request.body]) {
    const field = findForbiddenText(part);
    if (field !== undefined) throw forbiddenCharacterError(headerText(field) ?? '');
  }
}

/**
 * Ajv coerces `?page=Infinity` (or `1e400`) to Infinity and then skips `maximum` for it (a
 * non-finite value is no number to its checks); JSON's 1e400 parses to Infinity too. Validated
 * input holds finite numbers only.
 */
export async function refuseNonFiniteNumbers(request: FastifyRequest) {
  for (const part of [request.params, request.query, request.body]) {
    const field = findField(part, isNonFinite, false);
    if (field !== undefined) throw fieldError('VALIDATION_FAILED', field, 'Введите число', 'TYPE');
  }
}

const decodesAsUtf8 = (text: string) => {
  try {
    decodeURIComponent(text.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
    return true;
  } catch {
    return false;
  }
};

/**
 * The query parser keeps a value it cannot decode (`%FF`, an encoded lone surrogate) as raw text;
 * such a query is refused rather than searched for.
 */
function refuseMalformedQuery(url: string) {
  const start = url.indexOf('?');
  if (start < 0 || !url.includes('%', start)) return;
  for (const pair of url.slice(start + 1).split('&')) {
    for (const part of pair.split('=')) {
      if (part.includes('%') && !decodesAsUtf8(part)) throw new AppError('INVALID_ENCODING');
    }
  }
}

/**
 * A JSON body decoded strictly: invalid UTF-8 is refused, not turned into U+FFFD. Parsing itself
 * stays Fastify's (prototype poisoning checks, empty body errors).
 */
export function strictUtf8Json(
  parse: (request: FastifyRequest, body: string, done: (error: Error | null, body?: unknown) => void) => void,
) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return (request: FastifyRequest, body: Buffer, done: (error: Error | null, body?: unknown) => void) => {
    let text: string;
    try {
      text = decoder.decode(body);
    } catch {
      done(new AppError('INVALID_ENCODING'));
      return;
    }
    parse(request, text, done);
  };
}

/**
 * Errors Node's HTTP parser meets before Fastify sees a request (headers too large, a malformed
 * request line): answered with problem+json like every other error.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const appError = new AppError(
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 'HEADERS_TOO_LARGE'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'REQUEST_TIMEOUT'
        : 'BAD_REQUEST',
  );
  const body = JSON.stringify(toProblem(appError));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${appError.status} ${STATUS_CODES[appError.status]}\r\n` +
        `Content-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Errors of the router (a path that is not valid percent-encoded UTF-8, an over-long parameter). */
export function frameworkErrors(_error: Error, _request: FastifyRequest, reply: FastifyReply) {
  const error = new AppError('BAD_REQUEST');
  return reply.status(error.status).type('application/problem+json').send(toProblem(error));
}

// Messages of @fastify/busboy (and @fastify/multipart) for a body that is not well-formed multipart.
const MALFORMED_MULTIPART =
  /^(Multipart: Boundary not found|Boundary required|Unexpected end of (multipart data|form)|.* terminated early due to unexpected end of multipart data|Missing Content-Type-header\.|Unsupported Content-Type\.|Malformed part header|The needle cannot .*)$/;

export function isMalformedMultipart(error: unknown): boolean {
  if (!(error instanceof Error) || error instanceof AppError) return false;
  return MALFORMED_MULTIPART.test(error.message);
}

/** A header stored as data (the session's user agent): without control characters. */
export function headerText(value: string | undefined): string | undefined {
  return value?.replace(new RegExp(FORBIDDEN_CHARACTER.source, 'g'), '');
}

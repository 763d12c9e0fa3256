import type { FastifyRequest } from 'fastify';

// Logs keep no personal data, secrets or SQL parameters (issue 10, hole 8): errors are logged
// from a whitelist of their fields, URLs without query values, and known secret paths redacted.

/** A logged error: what says where it failed, never the values it failed on. */
export type SafeError = {
  type: string;
  message: string;
  /** Fastify's logger types want a string: '' when there is no stack. */
  stack: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  cause?: SafeError;
};

const field = (error: Record<string, unknown>, name: string) =>
  typeof error[name] === 'string' ? (error[name] as string) : undefined;

// DrizzleQueryError: «Failed query: <sql>\nparams: <values>» — the SQL has placeholders only.
// PostgreSQL quotes names and the values it refused alike («value "+7916…" is out of range»,
// «invalid input syntax for type uuid: "…"»): only a quoted name after its kind is kept.
const NAMED =
  /(?:constraint|column|relation|table|index|type|function|schema|encoding|sequence|database|role|extension)\s+$/i;

function safeMessage(message: string, fromDatabase: boolean): string {
  const withoutParams = message.replace(/\nparams:[\s\S]*$/, '\nparams: [redacted]');
  if (!fromDatabase) return withoutParams;
  return withoutParams.replace(/"[^"]*"/g, (quoted, at: number) =>
    NAMED.test(withoutParams.slice(Math.max(0, at - 20), at)) ? quoted : '"[redacted]"',
  );
}

/** The `err` serializer: type, message without values, SQLSTATE and names, stack frames, cause. */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: '[not an Error]', stack: '' };
  const record = error as unknown as Record<string, unknown>;
  const code = field(record, 'code');
  const fromDatabase = 'params' in record || /^[0-9A-Z]{5}$/.test(code ?? '');
  const message = safeMessage(error.message, fromDatabase);
  // The stack starts with the raw message: only its frames are kept.
  const frames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line));
  const safe: SafeError = {
    type: error.constructor?.name ?? error.name,
    message,
    stack: frames ? [`${error.name}: ${message}`, ...frames].join('\n') : '',
    code,
    constraint: field(record, 'constraint'),
    table: field(record, 'table'),
    column: field(record, 'column'),
  };
  if (error.cause !== undefined && depth < 3) safe.cause = safeError(error.cause, depth + 1);
  return safe;
}

/** The request line without query values (searches carry names and phone numbers). */
function safeRequest(request: FastifyRequest) {
  const [path, query] = request.url.split('?', 2);
  const names = query === undefined ? '' : `?${[...new URLSearchParams(query).keys()].join('&')}`;
  return { method: request.method, url: `${path}${names}`, host: request.host, remoteAddress: request.ip };
}

export const LOG_REDACTION = {
  serializers: { err: safeError, req: safeRequest },
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      'res.headers["set-cookie"]',
      '*.password',
      '*.passwordHash',
      '*.token',
      '*.tokenHash',
      '*.keyHash',
      '*.params',
    ],
    censor: '[redacted]',
  },
};

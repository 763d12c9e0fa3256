import { ProblemSchema } from '@domovoy/contract';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../config';
import type { Session } from '../modules/auth/auth.service';
import type { Actor } from './actor';
import { AppError, toProblem } from './errors';
import {
  clientErrorHandler,
  frameworkErrors,
  refuseForbiddenText,
  refuseNonFiniteNumbers,
  strictUtf8Json,
} from './input-guard';
import { LOG_REDACTION } from './log-redaction';
import { type SchemaError, toFieldProblems } from './validation-messages';

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, API reference). */
    public?: boolean;
    /** I-1: an integration key with this scope may call the route (staff sessions still can). */
    apiKeyScope?: 'import' | 'export';
    /** The integration API: only integration keys, never a staff session. */
    apiKeyOnly?: boolean;
  }
}

/** `stream`: where the lines go (stdout unless told; a test reads them). */
export type LoggerOption = boolean | { level: string; stream?: { write(line: string): void } };

export function createFastify(config: Config, logger: LoggerOption) {
  const app = Fastify({
    // Logs keep no SQL parameters, query values or secrets (issue 10): see log-redaction.ts.
    logger: logger === false ? false : { ...LOG_REDACTION, ...(logger === true ? {} : logger) },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Bad input is refused at the edge, once, as problem+json (issue 10): HTTP parser errors
    // (431), router errors (a path that is not UTF-8), text with control characters, invalid UTF-8.
    clientErrorHandler,
    frameworkErrors,
    ajv: {
      customOptions: {
        coerceTypes: 'array',
        useDefaults: true,
        removeAdditional: true,
        allErrors: true,
        strictNumbers: true,
      },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer' },
    strictUtf8Json(app.getDefaultJsonParser('error', 'error')),
  );
  app.addHook('preValidation', refuseForbiddenText);
  app.addHook('preHandler', refuseNonFiniteNumbers);
  return app;
}

export type App = ReturnType<typeof createFastify>;

/** The staff member behind the request; routes that are not public always have one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.session) throw new AppError('UNAUTHENTICATED');
  return request.session.actor;
}

const FASTIFY_CODES: Record<string, AppError['code']> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  FST_FILES_LIMIT: 'BAD_REQUEST',
  FST_PARTS_LIMIT: 'BAD_REQUEST',
  FST_FIELDS_LIMIT: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
};

function toAppError(error: FastifyError): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error.validation) {
    return new AppError('VALIDATION_FAILED', { fields: toFieldProblems(error.validation as SchemaError[]) });
  }
  const mapped = FASTIFY_CODES[error.code];
  if (mapped) return new AppError(mapped);
  // Malformed requests that Fastify or a plugin rejected: a 4xx without internals.
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return new AppError('BAD_REQUEST');
  return undefined;
}

export function sendProblem(reply: FastifyReply, error: AppError) {
  if (error.options.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(error.options.retryAfterSeconds));
  }
  return reply.status(error.status).type('application/problem+json').send(toProblem(error));
}

export function registerErrorHandling(app: App) {
  app.addSchema(ProblemSchema);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError) return sendProblem(reply, appError);
    // A 5xx never leaks internals (STYLE 8); the log keeps them.
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, new AppError('INTERNAL'));
  });
  app.setNotFoundHandler((_request, reply) => sendProblem(reply, new AppError('ROUTE_NOT_FOUND')));
}

export const ProblemRef = Type.Ref('Problem');

/** Error responses every route may give, for the OpenAPI document (one shared Problem schema). */
export const problemResponses = {
  400: ProblemRef,
  401: ProblemRef,
  403: ProblemRef,
  404: ProblemRef,
  409: ProblemRef,
} as const;

import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, paths };
export type ApiClient = ReturnType<typeof createClient<paths>>;

export type ClientOptions = {
  /** Where the server is, e.g. http://127.0.0.1:3000; empty in the browser (same origin). */
  baseUrl?: string;
  /** A staff session token for scripts; browsers use the httpOnly session cookie instead. */
  token?: string;
  fetch?: typeof fetch;
};

/** The typed client for both apps and for scripts (openapi-fetch over the server's OpenAPI document). */
export function createApiClient({ baseUrl = '', token, fetch: customFetch }: ClientOptions = {}): ApiClient {
  const client = createClient<paths>({
    baseUrl,
    fetch: customFetch,
    credentials: 'same-origin',
    // The server takes a cookie-authenticated write only from its own pages: this header says so
    // (another site cannot send it without CORS, which the server never allows).
    headers: { 'x-domovoy-csrf': '1' },
  });
  if (token) {
    const auth: Middleware = {
      onRequest({ request }) {
        request.headers.set('authorization', `Bearer ${token}`);
        return request;
      },
    };
    client.use(auth);
  }
  return client;
}

export type Problem = components['schemas']['Problem'];

/** A refused request: the server's problem+json (code, Russian title, field errors). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
  get code(): string {
    return this.problem.code;
  }
  get status(): number {
    return this.problem.status;
  }
}

type Result<T> = { data?: T; error?: unknown; response: Response };

function toProblem(error: unknown, response: Response): Problem {
  if (error && typeof error === 'object' && 'code' in error && 'title' in error) return error as Problem;
  return {
    type: 'about:blank',
    title: response.status >= 500 ? 'Сервер недоступен. Повторите попытку позже' : 'Запрос не выполнен',
    status: response.status,
    code: response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST',
  };
}

/** The data of a successful answer, or an ApiError carrying the server's problem. */
export async function unwrap<T>(request: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok) throw new ApiError(toProblem(error, response));
  return data as T;
}

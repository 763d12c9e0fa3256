import { createApiClient, type Problem } from '@domovoy/api-client';
import { sessionToken } from './session';

/**
 * The resident app's client: same origin, the device session's bearer token read on every
 * request (it changes on sign-in and sign-out), for the organisation the app is opened in.
 */
export function residentApi(organization: string) {
  const client = createApiClient();
  client.use({
    onRequest({ request }) {
      const token = sessionToken(organization);
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
  });
  return client;
}

export type ResidentApi = ReturnType<typeof residentApi>;

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

/** The message to show for a failed request: the server's Russian text, or a network one. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.problem.title;
  return 'Нет связи с сервером. Проверьте интернет и повторите';
}

import { createApiClient, type Problem } from '@domovoy/api-client';

/** The one client of the CRM: same origin, the httpOnly session cookie authenticates it. */
export const api = createApiClient();

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

import { ERRORS, type ErrorCode, type FieldProblem, type Problem } from '@domovoy/contract';

type AppErrorOptions = {
  /** Field-level problems, shown by the UI at the fields. */
  fields?: FieldProblem[];
  /** A Russian sentence more specific than the catalogue's text. */
  detail?: string;
  retryAfterSeconds?: number;
  conflictId?: string;
};

/** The one error class of the server: a code from the catalogue, never a raw message. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly options: AppErrorOptions = {},
  ) {
    super(options.detail ?? ERRORS[code].message);
    this.name = 'AppError';
    this.status = ERRORS[code].status;
  }
}

export function fieldError(
  code: ErrorCode,
  field: string,
  message: string,
  fieldCode: string = code,
): AppError {
  return new AppError(code, { fields: [{ field, code: fieldCode, message }] });
}

export function toProblem(error: AppError): Problem {
  const problem: Problem = {
    type: `urn:domovoy:problem:${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: ERRORS[error.code].message,
    status: error.status,
    code: error.code,
  };
  if (error.options.detail) problem.detail = error.options.detail;
  if (error.options.fields?.length) problem.errors = error.options.fields;
  if (error.options.retryAfterSeconds !== undefined)
    problem.retryAfterSeconds = error.options.retryAfterSeconds;
  if (error.options.conflictId) problem.conflictId = error.options.conflictId;
  return problem;
}

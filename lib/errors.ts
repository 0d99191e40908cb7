// Error codes, the one table from code to HTTP status, and the one error shape.
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'INVALID_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'GONE'
  | 'TOO_LARGE'
  | 'PLAN_LIMIT'
  | 'HOSTNAME_INVALID'
  | 'HOSTNAME_TAKEN'
  | 'UNCONFIRMED_FACTS'
  | 'RATE_LIMITED'
  | 'UPSTREAM_FAILED'
  | 'UNAVAILABLE';

export const errorStatus: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  INVALID_INPUT: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  // Something that existed and is no more, for good (an expired download link).
  GONE: 410,
  TOO_LARGE: 413,
  PLAN_LIMIT: 403,
  // A custom domain's hostname that cannot be used (details: { reason }), or one another owner has verified.
  HOSTNAME_INVALID: 422,
  HOSTNAME_TAKEN: 409,
  // Publishing a site that still shows suggested reviews, people, figures or client names (details: { pendingFacts }).
  UNCONFIRMED_FACTS: 409,
  RATE_LIMITED: 429,
  UPSTREAM_FAILED: 502,
  UNAVAILABLE: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export type ErrorBody = {
  error: { code: ErrorCode | 'INTERNAL'; message: string; requestId?: string; fields?: Record<string, string>; details?: unknown };
};

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

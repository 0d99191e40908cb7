// The browser's one way to call the app's JSON routes: the parsed answer, or an ApiError carrying
// the code, message and HTTP status of the app's one error shape ({ error: { code, message } },
// lib/http.ts). What is not that shape becomes an ApiError too, so callers handle one kind of
// failure: no answer at all (NETWORK), a cancelled request (ABORTED), an answer that is not JSON
// (BAD_RESPONSE, or the code of its HTTP status when it is an error, as a proxy's 502 page is).
import { errorStatus, type ErrorBody, type ErrorCode } from '@/lib/errors';

export type ApiErrorCode = ErrorCode | 'INTERNAL' | 'NETWORK' | 'ABORTED' | 'BAD_RESPONSE';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    // 0 when no answer came.
    readonly status: number,
    readonly details?: unknown,
    // Field name -> problem, for invalid input.
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const appCodes = new Set<string>([...Object.keys(errorStatus), 'INTERNAL']);

// The first code in lib/errors.ts's table for a status (403 is FORBIDDEN, not PLAN_LIMIT).
function codeForStatus(status: number): ErrorCode | 'INTERNAL' {
  const entry = Object.entries(errorStatus).find(([, s]) => s === status);
  return entry ? (entry[0] as ErrorCode) : 'INTERNAL';
}

// The error an answer with this status and (parsed) body stands for. Also for callers that cannot
// use fetch (an upload with progress goes through XMLHttpRequest).
export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as Partial<ErrorBody> | null)?.error;
  if (error && typeof error === 'object' && typeof error.code === 'string' && appCodes.has(error.code) && typeof error.message === 'string') {
    return new ApiError(error.code, error.message, status, error.details, error.fields);
  }
  return new ApiError(codeForStatus(status), `The server answered ${status} without saying why. Try again in a moment.`, status);
}

export type FetchJsonInit = Omit<RequestInit, 'body'> & {
  // Sent as JSON, with its content type.
  json?: unknown;
  body?: RequestInit['body'];
};

function isAbort(error: unknown, signal: AbortSignal | null | undefined): boolean {
  return signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');
}

function failure(error: unknown, signal: AbortSignal | null | undefined, status = 0): ApiError {
  if (error instanceof ApiError) return error;
  return isAbort(error, signal)
    ? new ApiError('ABORTED', 'The request was cancelled.', status)
    : new ApiError('NETWORK', 'The server could not be reached. Check your connection and try again.', status);
}

// Sends the request and returns the response when its status is 2xx; otherwise throws the ApiError
// its body describes. For answers read another way than as one JSON value (a stream).
export async function fetchOk(input: string | URL, init: FetchJsonInit = {}): Promise<Response> {
  const { json, headers, ...rest } = init;
  const sent = new Headers(headers);
  if (!sent.has('accept')) sent.set('accept', 'application/json');
  if (json !== undefined) sent.set('content-type', 'application/json');
  let response: Response;
  try {
    response = await fetch(input, { ...rest, headers: sent, ...(json !== undefined && { body: JSON.stringify(json) }) });
  } catch (error) {
    throw failure(error, init.signal);
  }
  if (response.ok) return response;
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw failure(error, init.signal, response.status);
  }
  throw toApiError(response.status, parse(text));
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

// The parsed JSON of a 2xx answer (undefined when it has no body, as a 204 has).
export async function fetchJson<T>(input: string | URL, init: FetchJsonInit = {}): Promise<T> {
  const response = await fetchOk(input, init);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw failure(error, init.signal, response.status);
  }
  if (text.trim() === '') return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError('BAD_RESPONSE', 'The server sent an answer that could not be read. Try again in a moment.', response.status);
  }
}

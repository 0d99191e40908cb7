// The one wrapper for route handlers and the one for server actions: AppError and ZodError
// become { error: { code, message } } with the status from lib/errors.ts; anything else is a
// logged 500 that reveals nothing.
import { randomUUID } from 'node:crypto';
import { ZodError, type ZodType } from 'zod';
import { AppError, errorStatus, type ErrorBody } from '@/lib/errors';
import { zodMessage } from '@/lib/zod-message';
import { logger } from '@/lib/observability/logger';

export { zodMessage };

// The numbers a limit of ours reports (lib/generate/ai-limit.ts): which limit, how many, how long to wait.
function ownLimitDetails(details: unknown): Record<string, unknown> | undefined {
  if (!details || typeof details !== 'object' || !('retryAfterSeconds' in details)) return undefined;
  const { limit, kind, perMinute, retryAfterSeconds } = details as Record<string, unknown>;
  return { limit, kind, perMinute, retryAfterSeconds };
}

function fieldsOf(details: unknown): Record<string, string> | undefined {
  const fields = details && typeof details === 'object' && 'fields' in details ? details.fields : undefined;
  if (!fields || typeof fields !== 'object') return undefined;
  const entries = Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return entries.length ? Object.fromEntries(entries) : undefined;
}

export function toErrorBody(error: unknown, requestId: string): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    // PLAN_LIMIT tells the caller which limit and where to upgrade, HOSTNAME_INVALID why the name
    // cannot be used, UNCONFIRMED_FACTS which sections, RATE_LIMITED our own limit's numbers (not
    // what a provider said); other details stay internal.
    const isPublic = error.code === 'PLAN_LIMIT' || error.code === 'HOSTNAME_INVALID' || error.code === 'UNCONFIRMED_FACTS';
    const shown = isPublic ? error.details : error.code === 'RATE_LIMITED' ? ownLimitDetails(error.details) : undefined;
    const details = shown !== undefined ? { details: shown } : {};
    // INVALID_INPUT found by a check of our own (a whole site document) names its fields as zod's do.
    const fields = error.code === 'INVALID_INPUT' ? fieldsOf(error.details) : undefined;
    return { status: errorStatus[error.code], body: { error: { code: error.code, message: error.message, ...details, ...(fields && { fields }) } } };
  }
  if (error instanceof ZodError) {
    const { message, fields } = zodMessage(error);
    return { status: 422, body: { error: { code: 'INVALID_INPUT', message, fields } } };
  }
  logger.error({ err: error, requestId }, 'unhandled error');
  return {
    status: 500,
    body: { error: { code: 'INTERNAL', message: 'Something went wrong on our side. Try again in a moment.', requestId } },
  };
}

// A RATE_LIMITED error whose details carry `retryAfterSeconds` answers with that Retry-After.
function retryAfterOf(error: unknown): string | null {
  if (!(error instanceof AppError) || error.code !== 'RATE_LIMITED') return null;
  const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? String(Math.ceil(seconds)) : null;
}

export function errorResponse(error: unknown, requestId: string): Response {
  const { status, body } = toErrorBody(error, requestId);
  const retryAfter = retryAfterOf(error);
  return Response.json(body, { status, headers: { 'x-request-id': requestId, ...(retryAfter && { 'Retry-After': retryAfter }) } });
}

type Handler<C> = (req: Request, ctx: C) => Promise<Response> | Response;

// Headers a helper called by the handler wants on the answer, whatever it turns out to be (the
// /api/v1 rate-limit fields, set by lib/api/authenticate.ts): route() adds them to the handler's
// response or to the error response.
const answerHeaders = new WeakMap<Request, Record<string, string>>();

export function setAnswerHeaders(req: Request, headers: Record<string, string>): void {
  answerHeaders.set(req, { ...answerHeaders.get(req), ...headers });
}

function withAnswerHeaders(req: Request, res: Response): Response {
  const extra = answerHeaders.get(req);
  if (!extra) return res;
  try {
    for (const [name, value] of Object.entries(extra)) res.headers.set(name, value);
    return res;
  } catch {
    // A response with immutable headers (one from fetch()): the same body and status in a new one.
    const copy = new Response(res.body, res);
    for (const [name, value] of Object.entries(extra)) copy.headers.set(name, value);
    return copy;
  }
}

export function route<C = unknown>(handler: Handler<C>): (req: Request, ctx: C) => Promise<Response> {
  return async (req, ctx) => {
    const requestId = req.headers.get('x-request-id') ?? randomUUID();
    try {
      // An id with a NUL byte or half an emoji names nothing stored: 404 before any query.
      const params = ctx && typeof ctx === 'object' && 'params' in ctx ? await (ctx as { params: unknown }).params : undefined;
      if (params && Object.values(params).some((v) => [v].flat().some((part) => typeof part === 'string' && unstorable.test(part)))) {
        throw new AppError('NOT_FOUND', 'Not found.');
      }
      return withAnswerHeaders(req, await handler(req, ctx));
    } catch (error) {
      return withAnswerHeaders(req, errorResponse(error, requestId));
    }
  };
}

// Text PostgreSQL cannot store (a NUL byte) or that is not text at all (half of a surrogate pair),
// anywhere in a value: refused at the boundary with a clear 422 instead of a database error.
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export function assertStorableText(value: unknown, depth = 0): void {
  if (depth > 64) throw new AppError('INVALID_INPUT', 'The input is nested too deeply.');
  if (typeof value === 'string') {
    if (unstorable.test(value)) throw new AppError('INVALID_INPUT', 'The text contains a character that cannot be saved (a NUL byte or a broken emoji).');
  } else if (Array.isArray(value)) {
    for (const item of value) assertStorableText(item, depth + 1);
  } else if (value && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    // Plain objects only (a JSON body, an action's argument); files and byte arrays are not text.
    for (const [key, item] of Object.entries(value)) {
      assertStorableText(key, depth + 1);
      assertStorableText(item, depth + 1);
    }
  }
}

// A malformed body is the caller's mistake: 400, never 500.
export async function readJson<T>(req: Request, schema: ZodType<T>): Promise<T> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body is not valid JSON.');
  }
  assertStorableText(body);
  return schema.parse(body);
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ErrorBody['error'] };

export function action<A extends unknown[], T>(fn: (...args: A) => Promise<T>): (...args: A) => Promise<ActionResult<T>> {
  return async (...args) => {
    try {
      assertStorableText(args);
      return { ok: true, data: await fn(...args) };
    } catch (error) {
      // next/navigation's redirect() and notFound() work by throwing; let them through.
      if (error && typeof error === 'object' && 'digest' in error && typeof error.digest === 'string' && /^NEXT_/.test(error.digest)) {
        throw error;
      }
      return { ok: false, error: toErrorBody(error, randomUUID()).body.error };
    }
  };
}

// A file answered as a download: its type and name, never cached (each is its owner's own data).
export function attachment(body: string | Uint8Array, fileName: string, contentType: string): Response {
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
  };
  if (typeof body !== 'string') headers['Content-Length'] = String(body.length);
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers });
}

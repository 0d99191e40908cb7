// The one wrapper for route handlers and the one for server actions: AppError and ZodError
// become { error: { code, message } } with the status from lib/errors.ts; anything else is a
// logged 500 that reveals nothing.
import { randomUUID } from 'node:crypto';
import { ZodError, type ZodType } from 'zod';
import { AppError, errorStatus, type ErrorBody } from '@/lib/errors';
import { zodMessage } from '@/lib/zod-message';
import { logger } from '@/lib/observability/logger';

export { zodMessage };

export function toErrorBody(error: unknown, requestId: string): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    // PLAN_LIMIT tells the caller which limit and where to upgrade, HOSTNAME_INVALID why the name
    // cannot be used; other details stay internal.
    const isPublic = error.code === 'PLAN_LIMIT' || error.code === 'HOSTNAME_INVALID';
    const details = isPublic && error.details !== undefined ? { details: error.details } : {};
    return { status: errorStatus[error.code], body: { error: { code: error.code, message: error.message, ...details } } };
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

export function errorResponse(error: unknown, requestId: string): Response {
  const { status, body } = toErrorBody(error, requestId);
  return Response.json(body, { status, headers: { 'x-request-id': requestId } });
}

type Handler<C> = (req: Request, ctx: C) => Promise<Response> | Response;

export function route<C = unknown>(handler: Handler<C>): (req: Request, ctx: C) => Promise<Response> {
  return async (req, ctx) => {
    const requestId = req.headers.get('x-request-id') ?? randomUUID();
    try {
      return await handler(req, ctx);
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}

// A malformed body is the caller's mistake: 400, never 500.
export async function readJson<T>(req: Request, schema: ZodType<T>): Promise<T> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body is not valid JSON.');
  }
  return schema.parse(body);
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ErrorBody['error'] };

export function action<A extends unknown[], T>(fn: (...args: A) => Promise<T>): (...args: A) => Promise<ActionResult<T>> {
  return async (...args) => {
    try {
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

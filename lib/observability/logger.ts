// JSON logs (pino). Every line written while a request runs carries its request id, and, while a
// span is active (tracing on, lib/observability/tracing.ts), the trace and span ids that find it
// in the tracing backend.
import { trace } from '@opentelemetry/api';
import pino from 'pino';
import { env } from '@/lib/env';
import { currentRequestId } from './request-context';

// Called for every line written (never for a level that is off): two lookups. pino merges the line
// into the object returned, so each call returns a new one.
export function logFields() {
  const requestId = currentRequestId();
  const span = trace.getActiveSpan()?.spanContext();
  if (!requestId && !span) return {};
  return { ...(requestId ? { requestId } : {}), ...(span ? { trace_id: span.traceId, span_id: span.spanId } : {}) };
}

export const logger = pino({
  level: env.NODE_ENV === 'test' ? 'warn' : env.LOG_LEVEL,
  base: { service: 'page-magic' },
  mixin: logFields,
  redact: { paths: ['password', '*.password', 'headers.cookie', 'headers.authorization'], remove: true },
});

// A database connection the server ended on purpose (57P01, admin_shutdown: PostgreSQL stopping or
// restarting, as on Ctrl-C of `npm start` or a failover) is expected, and its clients reconnect: one
// short warning, not an error with a stack. Anything else: the error itself.
export function logConnectionError(error: unknown, what: string): void {
  if ((error as { code?: unknown } | null)?.code === '57P01')
    logger.warn({ code: '57P01' }, `${what}: the database ended the connection (stopping or restarting)`);
  else logger.error({ err: error }, what);
}

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

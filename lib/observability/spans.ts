// The app's own spans, through @opentelemetry/api: no-ops (one function call) while tracing is off
// (tracing.ts), children of the request's span when it is on.
import { context, propagation, ROOT_CONTEXT, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('page-magic');

function fail(span: Span, error: unknown) {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

// Runs `work` as the active span `name`: its queries and inner spans are its children; a throw or a
// rejection marks the span failed and passes on.
export function inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => T): T {
  return tracer.startActiveSpan(name, { attributes }, (span) => {
    let result: T;
    try {
      result = work(span);
    } catch (error) {
      fail(span, error);
      span.end();
      throw error;
    }
    if (result instanceof Promise) {
      return result.then(
        (value: unknown) => {
          span.end();
          return value;
        },
        (error: unknown) => {
          fail(span, error);
          span.end();
          throw error;
        },
      ) as T;
    }
    span.end();
    return result;
  });
}

// A span for work already done, from `startTime` until now, under the active span (a section the
// generator finished: it is known when its event is emitted).
export function recordSpan(name: string, attributes: Attributes, startTime: number) {
  tracer.startSpan(name, { attributes, startTime }, context.active()).end();
}

// The active span as a job's data (W3C traceparent), so the job's spans continue the trace of the
// request that queued it; nothing while tracing is off.
export function traceCarrier(): { traceparent?: string } {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ? { traceparent: carrier.traceparent } : {};
}

// Runs a job's work under the span its data names (a malformed traceparent is ignored: a root span).
export function withTraceCarrier<T>(carrier: { traceparent?: string }, run: () => T): T {
  if (!carrier.traceparent) return run();
  return context.with(propagation.extract(ROOT_CONTEXT, carrier), run);
}

// Traces end to end: an app process (test/tracing-app.ts, started as server.ts starts, tracing
// first) with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a local OTLP/HTTP receiver; one generation
// asked for over HTTP; the spans the exporter sent, read as a collector reads them. And with no
// endpoint: nothing of the SDK loaded, spans and log lines without trace ids.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createUser } from '@/test/factories';
import { modelAnswerJson } from '@/test/documents';
import { startFakeOpenAI } from '@/test/stand-ins/openai';
import { spanAttribute as attr, startOtlpReceiver, type ReceivedSpan } from '@/test/stand-ins/otlp';
import type { GenerationEvent } from '@/lib/generate/types';
import { logFields } from './logger';
import { withRequestId } from './request-context';
import { inSpan } from './spans';
import { startTracing } from './tracing';

const ROOT = join(import.meta.dirname, '../..');

// An app process started as server.ts starts (tracing first), exporting to `endpoint`, with `env`.
async function startTracedApp(endpoint: string, env: Record<string, string> = {}) {
  const app = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['test/tracing-app.ts'], {
    cwd: ROOT,
    env: { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: 'page-magic-test', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  app.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  app.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => app.once('exit', resolve));
  try {
    const port = await new Promise<string>((resolve, reject) => {
      const check = setInterval(() => {
        const match = /listening (\d+)/.exec(output);
        if (match) resolve(match[1]!);
        if (match || app.exitCode !== null) clearInterval(check);
        if (app.exitCode !== null) reject(new Error(`the app exited: ${output}`));
      }, 50);
    });
    return { app, port, exited, output: () => output };
  } catch (error) {
    app.kill('SIGKILL');
    throw error;
  }
}

// One generation through the app, read to its end.
async function generateThrough(port: string, requestId: string, userId: string) {
  const res = await fetch(`http://127.0.0.1:${port}/generate`, {
    method: 'POST',
    headers: { 'x-request-id': requestId, 'content-type': 'application/json' },
    body: JSON.stringify({ userId, prompt: 'Padaria artesanal chamada Trigo Bom em Curitiba' }),
  });
  const events = (await res.text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as GenerationEvent);
  const done = events.at(-1);
  if (done?.type !== 'done') throw new Error(`the generation did not finish: ${JSON.stringify(done)}`);
  return { events, done };
}

describe('tracing on (OTEL_EXPORTER_OTLP_ENDPOINT set)', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
  });
  afterAll(() => receiver.close());

  // 60 s: a process started cold and its first generation take 10-25 s on a loaded 2-core machine.
  it('sends one trace per generation: the request, the generation, its understanding, each section, the credit and the queries inside', async () => {
    const user = await createUser();
    const { app, port, exited, output } = await startTracedApp(receiver.endpoint);
    try {
      const requestId = `req-${randomUUID()}`;
      const { events, done } = await generateThrough(port, requestId, user.id);
      const sections = events.flatMap((e) => (e.type === 'section' ? [e.section.type] : []));
      expect(sections.length).toBeGreaterThan(3);

      // SIGTERM: the app sends what is still buffered and exits.
      app.kill('SIGTERM');
      expect(await exited).toBe(0);

      expect(receiver.requests.every((p) => p.startsWith('POST /v1/traces application/json'))).toBe(true);
      expect([...receiver.services]).toEqual(['page-magic-test']);
      const server = receiver.spans.find((s) => s.kind === 2 && s.scope === '@opentelemetry/instrumentation-http');
      if (!server) throw new Error(`no HTTP server span among ${receiver.spans.map((s) => s.name).join(', ')}`);
      expect(attr(server, 'request.id')).toBe(requestId);
      const trace = receiver.spans.filter((s) => s.traceId === server.traceId);
      // Every span the process made belongs to the request's one trace, and carries its id.
      expect(trace.length).toBe(receiver.spans.length);
      for (const span of trace) expect([span.name, attr(span, 'request.id')]).toEqual([span.name, requestId]);
      const byId = new Map(trace.map((s) => [s.spanId, s]));
      const parentOf = (span: ReceivedSpan) => (span.parentSpanId ? byId.get(span.parentSpanId) : undefined);
      const only = (name: string) => {
        const found = trace.filter((s) => s.name === name);
        expect(found.map((s) => s.name)).toEqual([name]);
        return found[0]!;
      };

      const generation = only('generation');
      expect(parentOf(generation)).toBe(server);
      expect(attr(generation, 'generation.generator')).toBe('offline');
      expect(attr(generation, 'site.id')).toBe(done.siteId);
      expect(attr(generation, 'generation.outcome')).toBe('succeeded');
      const generate = only('generation.generate');
      expect(parentOf(generate)).toBe(generation);
      expect(parentOf(only('generation.understand'))).toBe(generate);
      expect(attr(only('generation.understand'), 'business.kind')).toBe('bakery');
      const sectionSpans = trace.filter((s) => s.name === 'generation.section');
      expect(sectionSpans.every((s) => parentOf(s) === generate)).toBe(true);
      // One span per section streamed, in order, with its type.
      expect(sectionSpans.sort((a, b) => Number(attr(a, 'section.index')) - Number(attr(b, 'section.index'))).map((s) => attr(s, 'section.type'))).toEqual(
        sections,
      );
      for (const name of ['credits.reserve', 'credits.commit', 'site.create']) expect(parentOf(only(name))).toBe(generation);
      expect(attr(only('site.create'), 'site.id')).toBe(done.siteId);

      // The queries, as children of the step that ran them.
      const queries = trace.filter((s) => s.scope === '@opentelemetry/instrumentation-pg');
      const under = (ancestor: ReceivedSpan) =>
        queries.filter((q) => {
          for (let p = parentOf(q); p; p = parentOf(p)) if (p === ancestor) return true;
          return false;
        });
      expect(under(generation).length).toBe(queries.length);
      for (const step of ['credits.reserve', 'credits.commit', 'site.create']) expect(under(only(step)).length, step).toBeGreaterThan(0);
      expect(queries.some((q) => /INSERT INTO "public"."Site"/.test(String(attr(q, 'db.query.text') ?? attr(q, 'db.statement'))))).toBe(true);

      // The app's log line written inside the request names the request and the trace.
      const line = output()
        .split('\n')
        .find((l) => l.includes('generation finished'));
      expect(JSON.parse(line ?? '{}')).toMatchObject({ requestId, trace_id: server.traceId, siteId: done.siteId });
      expect(await db.site.count({ where: { id: done.siteId, ownerId: user.id } })).toBe(1);
    } finally {
      if (app.exitCode === null) app.kill('SIGKILL');
    }
  }, 60_000);
  it('carries the trace to the model: the OpenAI request is a client span inside the generation, and sends its traceparent', async () => {
    const user = await createUser();
    const model = await startFakeOpenAI([{ kind: 'answer', content: modelAnswerJson(), usage: { promptTokens: 900, completionTokens: 2600 } }]);
    const { app, port, exited } = await startTracedApp(receiver.endpoint, { OPENAI_API_KEY: 'test', OPENAI_BASE_URL: model.baseURL });
    try {
      const requestId = `req-${randomUUID()}`;
      await generateThrough(port, requestId, user.id);
      app.kill('SIGTERM');
      expect(await exited).toBe(0);
      const trace = receiver.spans.filter((s) => attr(s, 'request.id') === requestId);
      const byId = new Map(trace.map((s) => [s.spanId, s]));
      const generation = trace.find((s) => s.name === 'generation.generate');
      expect(generation && attr(generation, 'generation.generator')).toBe('openai');
      // undici's span for the call to the model: a client span, under generation.generate.
      const calls = trace.filter((s) => s.scope === '@opentelemetry/instrumentation-undici');
      expect(calls.map((s) => [s.kind, String(attr(s, 'url.full'))])).toEqual([[3, `${model.baseURL}/chat/completions`]]);
      expect(byId.get(calls[0]!.parentSpanId ?? '')).toBe(generation);
      // The model's side sees the same trace: W3C traceparent naming that client span.
      expect(model.requests.map((r) => r.headers.traceparent)).toEqual([`00-${calls[0]!.traceId}-${calls[0]!.spanId}-01`]);
    } finally {
      if (app.exitCode === null) app.kill('SIGKILL');
      await model.close();
    }
  }, 60_000);
});

describe('tracing off (no endpoint)', () => {
  it('loads nothing of the SDK; spans are no-ops and log lines carry the request id alone', () => {
    expect(startTracing({ endpoint: undefined, serviceName: 'page-magic' })).toBeNull();
    const loaded = Object.keys(createRequire(import.meta.url).cache).filter((path) => /@opentelemetry\/(sdk-|instrumentation|exporter-)/.test(path));
    expect(loaded).toEqual([]);
    const seen = inSpan('generation', {}, (span) => withRequestId('req-off-1', () => ({ isRecording: span.isRecording(), fields: logFields() })));
    expect(seen).toEqual({ isRecording: false, fields: { requestId: 'req-off-1' } });
    expect(logFields()).toEqual({});
  });
});

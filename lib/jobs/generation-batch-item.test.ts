// A batch item's job continues the trace of the request that created the batch: the request's
// traceparent travels in the job's data, and the item's generation is a child of the request's span.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createBatch } from '@/lib/generate/batch';
import { inSpan } from '@/lib/observability/spans';
import { startTracing, stopTracing } from '@/lib/observability/tracing';
import { listJobs } from '@/lib/queue';
import { createUser, subscribe } from '@/test/factories';
import { spanAttribute, startOtlpReceiver } from '@/test/stand-ins/otlp';
import { generationBatchItem } from './generation-batch-item';

describe('generation-batch-item traces', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    // This file's own process (vitest forks one per file): the SDK stays here.
    startTracing({ endpoint: receiver.endpoint, serviceName: 'page-magic-test' });
  });
  afterAll(async () => {
    await stopTracing();
    await receiver.close();
  });

  it("runs the item's generation as a child of the request that created the batch", async () => {
    const user = await createUser();
    await subscribe(user.id, 'pro');
    const { requestSpan, batchId } = await inSpan('POST /api/v1/generations/batch', {}, async (span) => {
      const { batch } = await createBatch(user, { prompts: [{ prompt: 'Floricultura Jardim Azul em Recife' }] });
      return { requestSpan: span.spanContext(), batchId: batch.id };
    });
    const { id: itemId } = await db.generationBatchItem.findFirstOrThrow({ where: { batchId }, select: { id: true } });
    const [item] = await listJobs({ name: 'generation-batch-item', key: itemId, limit: 1 });
    if (!item) throw new Error(`no job for item ${itemId}`);
    expect(item.data.traceparent).toBe(`00-${requestSpan.traceId}-${requestSpan.spanId}-01`);

    // Run as a worker would, outside any span.
    expect(await generationBatchItem.handle(item.data, { id: item.id, attempt: 1, signal: new AbortController().signal })).toEqual({ status: 'done' });
    await stopTracing();
    const generation = receiver.spans.find((s) => s.name === 'generation');
    if (!generation) throw new Error(`no generation span among ${receiver.spans.map((s) => s.name).join(', ')}`);
    expect([generation.traceId, generation.parentSpanId]).toEqual([requestSpan.traceId, requestSpan.spanId]);
    expect(spanAttribute(generation, 'generation.outcome')).toBe('succeeded');
    const sections = receiver.spans.filter((s) => s.name === 'generation.section');
    expect(sections.length).toBeGreaterThan(3);
    expect(sections.every((s) => s.traceId === requestSpan.traceId)).toBe(true);
    // A process (or a generation) started cold: seconds, more on a loaded machine; the suite's 30 s is too tight.
  }, 60_000);
});

// A batch's progress as Server-Sent Events (GET /api/v1/generations/batch/:id/events): one `item`
// event per state change and a final `done`, each with `id: <seq>`, the batch's own running number.
// It polls the numbered event rows, so it works on any instance whichever ran the jobs; a client
// that reconnects with Last-Event-ID gets only the events after it. The stream ends after `done`,
// when the client goes away, or after `maxMs` (the client reconnects and carries on).
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertBatchOwner } from './batch';

type Owner = { id: string };

export type BatchStreamOptions = { pollMs?: number; heartbeatMs?: number; maxMs?: number };

const lastEventIdSchema = z.coerce.number().int().min(0).max(2_147_483_647);

// The Last-Event-ID header as a sequence number: absent means from the start.
function afterSeq(lastEventId: string | null): number {
  if (lastEventId === null || lastEventId.trim() === '') return 0;
  const parsed = lastEventIdSchema.safeParse(lastEventId.trim());
  if (!parsed.success) throw new AppError('INVALID_INPUT', 'Last-Event-ID is the id of an event this stream sent (a whole number).');
  return parsed.data;
}

const PAGE = 200;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

// Checks the owner and the header before the first byte (so a stranger gets a plain 404), then streams.
export async function batchEventStream(owner: Owner, batchId: string, lastEventId: string | null, signal: AbortSignal, opts: BatchStreamOptions = {}) {
  const { pollMs = 500, heartbeatMs = 15_000, maxMs = 10 * 60_000 } = opts;
  await assertBatchOwner(owner, batchId);
  let last = afterSeq(lastEventId);
  const stop = new AbortController();
  signal.addEventListener('abort', () => stop.abort(), { once: true });
  const encoder = new TextEncoder();

  const run = async (controller: ReadableStreamDefaultController<Uint8Array>) => {
    const send = (text: string) => controller.enqueue(encoder.encode(text));
    const startedAt = Date.now();
    let lastWriteAt = startedAt;
    send('retry: 1000\n\n');
    while (!stop.signal.aborted) {
      const events = await db.generationBatchEvent.findMany({ where: { batchId, seq: { gt: last } }, orderBy: { seq: 'asc' }, take: PAGE });
      for (const event of events) {
        if (event.type === 'done') {
          const counts = await db.generationBatchItem.groupBy({ by: ['status'], where: { batchId }, _count: { _all: true } });
          const count = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
          send(
            `id: ${event.seq}\nevent: done\ndata: ${JSON.stringify({ status: event.status, done: count('done'), failed: count('failed'), cancelled: count('cancelled') })}\n\n`,
          );
          return;
        }
        const data = { index: event.itemIndex, status: event.status, siteId: event.siteId, error: event.error };
        send(`id: ${event.seq}\nevent: item\ndata: ${JSON.stringify(data)}\n\n`);
        last = event.seq;
        lastWriteAt = Date.now();
      }
      if (events.length === PAGE) continue;
      // Finished, and its final event was already seen (a reconnect after it): nothing more will come.
      if (events.length === 0 && (await db.generationBatch.findUnique({ where: { id: batchId }, select: { status: true } }))?.status !== 'running') return;
      if (Date.now() - startedAt >= maxMs) return;
      if (Date.now() - lastWriteAt >= heartbeatMs) {
        send(': keep-alive\n\n');
        lastWriteAt = Date.now();
      }
      await sleep(pollMs, stop.signal);
    }
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      run(controller).then(
        () => {
          if (!stop.signal.aborted) controller.close();
        },
        // After the client went away a write fails: nothing to answer. Otherwise the stream errors.
        (error: unknown) => {
          if (!stop.signal.aborted) controller.error(error);
        },
      );
    },
    cancel() {
      stop.abort();
    },
  });
}

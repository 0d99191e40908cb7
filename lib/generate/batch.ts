// Batch generation (POST /api/v1/generations/batch): many prompts at once for agencies' scripts.
// The whole batch is checked up front (the plan's batch size, its site limit) and a credit is
// reserved for every prompt in the transaction that creates it; then each prompt runs as a
// `generation-batch-item` job through generateSite, the one generation path, which takes the
// prompt's credit and commits it on success or releases it on failure. Every state change
// is written with a number per batch (GenerationBatchEvent), which the progress stream replays
// after a client's Last-Event-ID (batch-events.ts).
import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { batchCreditKey, releaseCredit, reserveCredits } from '@/lib/billing/credits';
import { getEntitlements } from '@/lib/billing/entitlements';
import { assertSitesFit, planLimitError } from '@/lib/billing/limits';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { traceCarrier } from '@/lib/observability/spans';
import { enqueue } from '@/lib/queue';
import { takeAiRequest } from './ai-limit';
import { generateSite } from './run';
import { generateRequestSchema, type Generator } from './types';

type Owner = { id: string };

export type BatchStatus = 'running' | 'done' | 'done_with_failures' | 'cancelled';
export type BatchItemStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

// One prompt: the fields of POST /sites a script sets per site (an address and confirmed facts are
// chosen on the New site screen, not in a batch).
export const batchItemSchema = generateRequestSchema.pick({ prompt: true, templateId: true, language: true, paletteId: true, seed: true });

export const batchRequestSchema = z.object({
  prompts: z.array(batchItemSchema).min(1, 'Send at least one prompt.').max(50, 'A batch holds at most 50 prompts.'),
});

const openStatuses: BatchItemStatus[] = ['queued', 'running'];

// What POST answers: the batch and where each of its prompts stands.
export async function createBatch(owner: Owner, input: unknown) {
  const { prompts } = batchRequestSchema.parse(input);
  const entitlements = await getEntitlements(owner.id);
  const { plan } = entitlements;
  if (prompts.length > plan.limits.batchPrompts) {
    throw planLimitError(
      `Your ${plan.id} plan runs up to ${plan.limits.batchPrompts} ${plan.limits.batchPrompts === 1 ? 'prompt' : 'prompts'} in one batch; this one has ${prompts.length}. Upgrade, or split it.`,
      { limit: 'batchPrompts', allowed: plan.limits.batchPrompts, plan: plan.id },
    );
  }
  // A batch counts as one request against the per-minute AI limit; its items are paced by the queue.
  await takeAiRequest(owner, 'sites');
  const batch = await db.$transaction(async (tx) => {
    // Prompts of earlier batches still waiting will make a site each: count them as taken (a running
    // one may have made its site already: counted twice for a moment, never short).
    const pending = await tx.generationBatchItem.count({ where: { status: { in: openStatuses }, batch: { ownerId: owner.id } } });
    await assertSitesFit(tx, owner.id, plan, prompts.length, pending);
    const created = await tx.generationBatch.create({
      data: {
        ownerId: owner.id,
        itemCount: prompts.length,
        items: { create: prompts.map((request, index) => ({ index, request: request as Prisma.InputJsonObject })) },
      },
      include: { items: { orderBy: { index: 'asc' }, select: { id: true, index: true, status: true } } },
    });
    // Every prompt's credit, reserved now or the whole batch refused (the transaction undoes the rows above).
    await reserveCredits(
      tx,
      owner.id,
      entitlements,
      created.items.map((item) => batchCreditKey(item.id)),
    );
    return created;
  });
  // Each item's generation continues this request's trace (lib/jobs/generation-batch-item.ts).
  const trace = traceCarrier();
  try {
    for (const item of batch.items) await enqueue('generation-batch-item', { itemId: item.id, ...trace }, { singletonKey: item.id });
  } catch (error) {
    // The queue refused: the prompts that will never run are failed and their credits given back.
    await abortBatch(batch.id, { status: 'failed', error: 'The batch could not be queued. No credit was used for this prompt.' });
    throw error;
  }
  return { batch: { id: batch.id, status: batch.status, items: batch.items.map(({ index, status }) => ({ index, status })) } };
}

// The owner's batches, newest first, with how far each got (the dashboard's list).
export async function listBatches(owner: Owner, opts: { take?: number } = {}) {
  const batches = await db.generationBatch.findMany({
    where: { ownerId: owner.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: opts.take ?? 50,
    include: { items: { orderBy: { index: 'asc' }, select: { status: true, index: true, request: true } } },
  });
  return batches.map((batch) => ({
    id: batch.id,
    status: batch.status as BatchStatus,
    createdAt: batch.createdAt,
    finishedAt: batch.finishedAt,
    itemCount: batch.itemCount,
    done: batch.items.filter((item) => item.status === 'done').length,
    failed: batch.items.filter((item) => item.status === 'failed').length,
    cancelled: batch.items.filter((item) => item.status === 'cancelled').length,
    firstPrompt: promptOf(batch.items[0]?.request),
  }));
}

function promptOf(request: unknown): string {
  return batchItemSchema.shape.prompt.safeParse((request as { prompt?: unknown } | undefined)?.prompt).data ?? '';
}

// GET /generations/batch/:id: the batch and each prompt's status, site and error.
export async function getBatch(owner: Owner, batchId: string) {
  const batch = await db.generationBatch.findFirst({
    where: { id: batchId, ownerId: owner.id },
    include: { items: { orderBy: { index: 'asc' } } },
  });
  if (!batch) throw new AppError('NOT_FOUND', 'Batch not found');
  return {
    batch: {
      id: batch.id,
      status: batch.status,
      createdAt: batch.createdAt,
      finishedAt: batch.finishedAt,
      lastEventId: batch.lastSeq,
      items: batch.items.map((item) => ({
        index: item.index,
        prompt: promptOf(item.request),
        status: item.status,
        siteId: item.siteId,
        generationId: item.generationId,
        error: item.error,
        startedAt: item.startedAt,
        finishedAt: item.finishedAt,
      })),
    },
  };
}

// Throws NOT_FOUND unless the batch is the owner's (the scoped read the event stream starts with).
export async function assertBatchOwner(owner: Owner, batchId: string): Promise<void> {
  const found = await db.generationBatch.findFirst({ where: { id: batchId, ownerId: owner.id }, select: { id: true } });
  if (!found) throw new AppError('NOT_FOUND', 'Batch not found');
}

type Change = { status: BatchItemStatus; siteId?: string | null; generationId?: string | null; error?: string | null };

const finalStatuses: BatchItemStatus[] = ['done', 'failed', 'cancelled'];

// Moves one item to a new status and writes the numbered event, in one transaction holding the
// batch's row lock (so numbers are committed in order, and a job starting a prompt and the owner
// cancelling it cannot both win). With `from`, only an item still in one of those statuses moves;
// the answer says whether it did. The item's last change also finishes the batch: 'cancelled' when
// the owner cut it short, else 'done_with_failures' when any item failed, else 'done', with its own
// final event.
async function changeItem(item: { id: string; batchId: string; index: number }, change: Change, from?: BatchItemStatus[]): Promise<boolean> {
  const now = new Date();
  const isFinal = finalStatuses.includes(change.status);
  return db.$transaction(async (tx) => {
    const { lastSeq, status: batchStatus } = await tx.generationBatch.update({
      where: { id: item.batchId },
      data: { lastSeq: { increment: 1 } },
      select: { lastSeq: true, status: true },
    });
    const moved = await tx.generationBatchItem.updateMany({
      where: { id: item.id, ...(from && { status: { in: from } }) },
      data: { ...change, ...(change.status === 'running' ? { startedAt: now } : {}), ...(isFinal ? { finishedAt: now } : {}) },
    });
    if (moved.count === 0) {
      // Moved by someone else meanwhile: the number taken above is given back with the rest.
      await tx.generationBatch.update({ where: { id: item.batchId }, data: { lastSeq: { decrement: 1 } } });
      return false;
    }
    await tx.generationBatchEvent.create({
      data: {
        batchId: item.batchId,
        seq: lastSeq,
        type: 'item',
        itemIndex: item.index,
        status: change.status,
        siteId: change.siteId ?? null,
        error: change.error ?? null,
      },
    });
    if (!isFinal || batchStatus !== 'running') return true;
    const open = await tx.generationBatchItem.count({ where: { batchId: item.batchId, status: { in: openStatuses } } });
    if (open > 0) return true;
    const count = (status: BatchItemStatus) => tx.generationBatchItem.count({ where: { batchId: item.batchId, status } });
    const status: BatchStatus = (await count('cancelled')) > 0 ? 'cancelled' : (await count('failed')) > 0 ? 'done_with_failures' : 'done';
    const batch = await tx.generationBatch.update({
      where: { id: item.batchId },
      data: { status, finishedAt: now, lastSeq: { increment: 1 } },
      select: { lastSeq: true },
    });
    await tx.generationBatchEvent.create({ data: { batchId: item.batchId, seq: batch.lastSeq, type: 'done', status } });
    return true;
  });
}

// Cuts a batch short: every prompt still queued moves to `change` (failed with a reason, or
// cancelled) and its credit is released; a prompt a job started meanwhile is left to it. The batch
// then finishes once the running ones end: they finish on their own and commit or release the
// credit their generation took.
async function abortBatch(batchId: string, change: { status: 'failed'; error: string } | { status: 'cancelled' }): Promise<number> {
  const open = await db.generationBatchItem.findMany({ where: { batchId, status: 'queued' }, orderBy: { index: 'asc' } });
  let stopped = 0;
  for (const item of open) {
    if (!(await changeItem(item, change, ['queued']))) continue;
    await releaseCredit(batchCreditKey(item.id));
    stopped += 1;
  }
  return stopped;
}

// POST /generations/batch/:id/cancel: the owner stops the prompts still waiting (their credits
// released); the ones being written finish. 409 once the batch has finished.
export async function cancelBatch(owner: Owner, batchId: string) {
  const batch = await db.generationBatch.findFirst({ where: { id: batchId, ownerId: owner.id }, select: { status: true } });
  if (!batch) throw new AppError('NOT_FOUND', 'Batch not found');
  if (batch.status !== 'running') throw new AppError('CONFLICT', 'This batch has finished: there is nothing left to cancel.');
  const cancelled = await abortBatch(batchId, { status: 'cancelled' });
  return { cancelled, ...(await getBatch(owner, batchId)) };
}

const FAILED_MESSAGE = 'The generator could not finish this site. No credit was used.';

// The generation-batch-item job: generates the item's site through generateSite, exactly as
// POST /sites does. A failure (the generator's, a plan limit reached meanwhile) is the item's
// outcome, not the job's: its credit is released (by withCredit, or here when the generation never
// took it) and the batch carries on.
export async function runBatchItem(itemId: string, opts: { generator?: Generator; signal?: AbortSignal } = {}): Promise<{ status: BatchItemStatus }> {
  const item = await db.generationBatchItem.findUnique({ where: { id: itemId }, include: { batch: { select: { ownerId: true } } } });
  if (!item) return { status: 'failed' };
  // Finished or cancelled already: a duplicate delivery. Running: a retry after the instance running it died.
  if (item.status !== 'queued' && item.status !== 'running') return { status: item.status as BatchItemStatus };
  // Cancelled by the owner just before this job started it: nothing to do (cancelBatch released the credit).
  if (item.status === 'queued' && !(await changeItem(item, { status: 'running' }, ['queued']))) {
    const now = await db.generationBatchItem.findUniqueOrThrow({ where: { id: item.id }, select: { status: true } });
    return { status: now.status as BatchItemStatus };
  }
  const owner = { id: item.batch.ownerId };
  let failure = null as string | null;
  let result: { generationId: string; siteId: string | null } = { generationId: '', siteId: null };
  try {
    result = await generateSite(
      owner,
      item.request,
      (event) => {
        if (event.type === 'failed') failure = event.error.message;
      },
      { generator: opts.generator, signal: opts.signal, reservedCredit: batchCreditKey(item.id) },
    );
  } catch (error) {
    failure = error instanceof AppError ? error.message : FAILED_MESSAGE;
  }
  // Still under the prompt's key: the generation did not use it (a cached answer, a refusal first).
  await releaseCredit(batchCreditKey(item.id));
  if (result.siteId) {
    await changeItem(item, { status: 'done', siteId: result.siteId, generationId: result.generationId });
    return { status: 'done' };
  }
  await changeItem(item, { status: 'failed', generationId: result.generationId || null, error: failure ?? FAILED_MESSAGE });
  return { status: 'failed' };
}

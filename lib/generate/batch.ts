// Batch generation (POST /api/v1/generations/batch): many prompts at once for agencies' scripts.
// The whole batch is checked up front (the plan's batch size, its site limit and the credits for
// every prompt), then each prompt runs as a `generation-batch-item` job through generateSite, the
// one generation path (a credit reserved per item, released when it fails). Every state change
// is written with a number per batch (GenerationBatchEvent), which the progress stream replays
// after a client's Last-Event-ID (batch-events.ts).
import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { assertCreditsFit } from '@/lib/billing/credits';
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

export type BatchStatus = 'running' | 'done' | 'done_with_failures';
export type BatchItemStatus = 'queued' | 'running' | 'done' | 'failed';

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
    // Prompts of earlier batches still waiting will take a credit and make a site each: count them
    // as taken (a running one may have reserved already: counted twice for a moment, never short).
    const pending = await tx.generationBatchItem.count({ where: { status: { in: openStatuses }, batch: { ownerId: owner.id } } });
    await assertCreditsFit(tx, owner.id, entitlements, prompts.length, pending);
    await assertSitesFit(tx, owner.id, plan, prompts.length, pending);
    return tx.generationBatch.create({
      data: {
        ownerId: owner.id,
        itemCount: prompts.length,
        items: { create: prompts.map((request, index) => ({ index, request: request as Prisma.InputJsonObject })) },
      },
      include: { items: { orderBy: { index: 'asc' }, select: { id: true, index: true, status: true } } },
    });
  });
  // Each item's generation continues this request's trace (lib/jobs/generation-batch-item.ts).
  const trace = traceCarrier();
  for (const item of batch.items) await enqueue('generation-batch-item', { itemId: item.id, ...trace }, { singletonKey: item.id });
  return { batch: { id: batch.id, status: batch.status, items: batch.items.map(({ index, status }) => ({ index, status })) } };
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
        prompt: batchItemSchema.shape.prompt.safeParse((item.request as { prompt?: unknown }).prompt).data ?? '',
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

// Moves one item to a new status and writes the numbered event, in one transaction holding the
// batch's row lock (so numbers are committed in order). The item's last change also finishes the
// batch: 'done', or 'done_with_failures' when any item failed, with its own final event.
async function changeItem(item: { id: string; batchId: string; index: number }, change: Change): Promise<void> {
  const now = new Date();
  const isFinal = change.status === 'done' || change.status === 'failed';
  await db.$transaction(async (tx) => {
    const { lastSeq, status: batchStatus } = await tx.generationBatch.update({
      where: { id: item.batchId },
      data: { lastSeq: { increment: 1 } },
      select: { lastSeq: true, status: true },
    });
    await tx.generationBatchItem.update({
      where: { id: item.id },
      data: { ...change, ...(change.status === 'running' ? { startedAt: now } : {}), ...(isFinal ? { finishedAt: now } : {}) },
    });
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
    if (!isFinal || batchStatus !== 'running') return;
    const open = await tx.generationBatchItem.count({ where: { batchId: item.batchId, status: { in: openStatuses } } });
    if (open > 0) return;
    const failed = await tx.generationBatchItem.count({ where: { batchId: item.batchId, status: 'failed' } });
    const status: BatchStatus = failed > 0 ? 'done_with_failures' : 'done';
    const batch = await tx.generationBatch.update({
      where: { id: item.batchId },
      data: { status, finishedAt: now, lastSeq: { increment: 1 } },
      select: { lastSeq: true },
    });
    await tx.generationBatchEvent.create({ data: { batchId: item.batchId, seq: batch.lastSeq, type: 'done', status } });
  });
}

const FAILED_MESSAGE = 'The generator could not finish this site. No credit was used.';

// The generation-batch-item job: generates the item's site through generateSite, exactly as
// POST /sites does. A failure (the generator's, a plan limit reached meanwhile) is the item's
// outcome, not the job's: its credit is released by withCredit and the batch carries on.
export async function runBatchItem(itemId: string, opts: { generator?: Generator; signal?: AbortSignal } = {}): Promise<{ status: BatchItemStatus }> {
  const item = await db.generationBatchItem.findUnique({ where: { id: itemId }, include: { batch: { select: { ownerId: true } } } });
  if (!item) return { status: 'failed' };
  // Done already: a duplicate delivery. Running: a retry after the instance running it died.
  if (item.status === 'done' || item.status === 'failed') return { status: item.status };
  if (item.status === 'queued') await changeItem(item, { status: 'running' });
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
      { generator: opts.generator, signal: opts.signal },
    );
  } catch (error) {
    failure = error instanceof AppError ? error.message : FAILED_MESSAGE;
  }
  if (result.siteId) {
    await changeItem(item, { status: 'done', siteId: result.siteId, generationId: result.generationId });
    return { status: 'done' };
  }
  await changeItem(item, { status: 'failed', generationId: result.generationId || null, error: failure ?? FAILED_MESSAGE });
  return { status: 'failed' };
}

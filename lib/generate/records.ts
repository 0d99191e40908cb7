// Generation records: one row per generation (a whole site or one section), started, then marked
// succeeded or failed in one place; and for the owner the list, totals by model and a CSV export.
import { Prisma } from '@/generated/prisma/client';
import { toCsv } from '@/lib/csv';
import { db } from '@/lib/db';
import { AppError, type ErrorCode } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';
import { metrics } from '@/lib/observability/metrics';
import { pageArgs, pageOf, type PageQuery } from '@/lib/page-cursor';
import type { GenerationUsage } from './types';

type Owner = { id: string };

// What a started generation carries to its end: the row, the clock, and the metrics' labels.
type Started = { id: string; started: number; generator?: string; kind?: string };

function observe(record: Started, outcome: 'succeeded' | 'failed'): number {
  const ms = performance.now() - record.started;
  metrics.generations.observe({ generator: record.generator ?? 'unknown', kind: record.kind ?? 'unknown', outcome }, ms / 1000);
  return Math.round(ms);
}

export type GenerationStart = {
  userId: string;
  siteId?: string;
  kind: 'site' | 'section';
  prompt: string;
  options: Record<string, unknown>;
  seed: number;
  generator: string;
  model: string;
  cacheKey: string;
  cached?: boolean;
};

export async function startGeneration(data: GenerationStart) {
  const record = await db.generation.create({ data: { ...data, options: data.options as Prisma.InputJsonValue, status: 'running' } });
  return { id: record.id, started: performance.now(), generator: data.generator, kind: data.kind };
}

export async function recordSuccess(record: Started, data: { siteId?: string; result: unknown; usage?: GenerationUsage }): Promise<void> {
  const usage = data.usage
    ? { model: data.usage.model, promptTokens: data.usage.promptTokens, completionTokens: data.usage.completionTokens, costMicros: data.usage.costMicros }
    : {};
  await db.generation.update({
    where: { id: record.id },
    data: {
      status: 'succeeded',
      siteId: data.siteId,
      result: data.result as Prisma.InputJsonValue,
      ...usage,
      durationMs: observe(record, 'succeeded'),
    },
  });
}

// Marks the generation failed and says what to tell the owner: an AppError's own message, or the
// given fallback (the real cause is logged, never shown).
export async function recordFailure(record: Started, error: unknown, fallback: string): Promise<{ code: ErrorCode; message: string; limit?: string }> {
  const appError = error instanceof AppError ? error : null;
  if (!appError) logger.error({ err: error, generationId: record.id }, 'generation failed');
  const message = appError?.message ?? fallback;
  await db.generation.update({
    where: { id: record.id },
    data: { status: 'failed', error: message.slice(0, 1000), durationMs: observe(record, 'failed') },
  });
  // A plan limit names which one (sites, credits, spendingCap), so the UI can say what to do.
  const limit = appError?.code === 'PLAN_LIMIT' ? (appError.details as { limit?: string } | undefined)?.limit : undefined;
  return { code: appError?.code ?? 'UPSTREAM_FAILED', message, ...(limit ? { limit } : {}) };
}

// What the owner sees of a generation (not its cache key, nor the stored result).
const generationSelect = {
  id: true,
  prompt: true,
  options: true,
  seed: true,
  generator: true,
  model: true,
  status: true,
  error: true,
  cached: true,
  promptTokens: true,
  completionTokens: true,
  costMicros: true,
  durationMs: true,
  siteId: true,
  createdAt: true,
  kind: true,
} as const;

export async function listGenerations(user: Owner, opts: { take?: number } = {}) {
  return db.generation.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'desc' }, take: opts.take ?? 100, select: generationSelect });
}

// A page of the owner's generations for the API, newest first (lib/page-cursor.ts).
export async function listGenerationsPage(user: Owner, page: PageQuery) {
  const { where, ...args } = pageArgs(page, 'desc');
  const rows = await db.generation.findMany({ where: { userId: user.id, ...where }, select: generationSelect, ...args });
  const { items, nextCursor } = pageOf(rows, page);
  return { generations: items, nextCursor };
}

export async function getGeneration(user: Owner, generationId: string) {
  const generation = await db.generation.findFirst({ where: { id: generationId, userId: user.id }, select: generationSelect });
  if (!generation) throw new AppError('NOT_FOUND', 'Generation not found');
  return generation;
}

export async function generationTotals(user: Owner) {
  const rows = await db.generation.groupBy({
    by: ['generator', 'model'],
    where: { userId: user.id },
    _count: { _all: true },
    _sum: { promptTokens: true, completionTokens: true, costMicros: true, durationMs: true },
  });
  const succeeded = await db.generation.groupBy({ by: ['generator', 'model'], where: { userId: user.id, status: 'succeeded' }, _count: { _all: true } });
  return rows.map((row) => ({
    generator: row.generator,
    model: row.model,
    count: row._count._all,
    succeeded: succeeded.find((s) => s.generator === row.generator && s.model === row.model)?._count._all ?? 0,
    promptTokens: row._sum.promptTokens ?? 0,
    completionTokens: row._sum.completionTokens ?? 0,
    costMicros: row._sum.costMicros ?? 0,
    averageMs: row._count._all ? Math.round((row._sum.durationMs ?? 0) / row._count._all) : 0,
  }));
}

export async function generationsCsv(user: Owner): Promise<string> {
  const rows = await db.generation.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'desc' } });
  return toCsv(
    [
      'created_at',
      'kind',
      'status',
      'prompt',
      'generator',
      'model',
      'seed',
      'cached',
      'prompt_tokens',
      'completion_tokens',
      'cost_usd',
      'duration_ms',
      'error',
    ],
    rows.map((r) => [
      r.createdAt,
      r.kind,
      r.status,
      r.prompt,
      r.generator,
      r.model,
      r.seed,
      r.cached,
      r.promptTokens,
      r.completionTokens,
      (r.costMicros / 1_000_000).toFixed(6),
      r.durationMs,
      r.error ?? '',
    ]),
  );
}

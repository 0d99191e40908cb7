// The owner's generation records: the list, totals by model, and a CSV export.
import { toCsv } from '@/lib/csv';
import { db } from '@/lib/db';

type Owner = { id: string };

export async function listGenerations(user: Owner, opts: { take?: number } = {}) {
  return db.generation.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: 'desc' },
    take: opts.take ?? 100,
    select: {
      id: true, prompt: true, options: true, seed: true, generator: true, model: true, status: true, error: true, cached: true,
      promptTokens: true, completionTokens: true, costMicros: true, durationMs: true, siteId: true, createdAt: true, kind: true,
    },
  });
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
    ['created_at', 'kind', 'status', 'prompt', 'generator', 'model', 'seed', 'cached', 'prompt_tokens', 'completion_tokens', 'cost_usd', 'duration_ms', 'error'],
    rows.map((r) => [r.createdAt, r.kind, r.status, r.prompt, r.generator, r.model, r.seed, r.cached, r.promptTokens, r.completionTokens, (r.costMicros / 1_000_000).toFixed(6), r.durationMs, r.error ?? '']),
  );
}

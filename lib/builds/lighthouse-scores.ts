// Lighthouse scores as the app keeps and compares them: the five categories, the record a
// publish's build carries (lib/builds/lighthouse-audit.ts writes it), and the trend over versions
// the Builds tab and the API read. No process or browser here: pages import this module.
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo', 'agentic-browsing'] as const;
export type LighthouseCategory = (typeof lighthouseCategories)[number];

// 0–100 per category; null when this Lighthouse has no such category or could not score it.
export type LighthouseScores = Record<LighthouseCategory, number | null>;
export type FailingAudit = { id: string; category: LighthouseCategory; title: string; displayValue: string | null; score: number };
export type LighthouseResult = { lighthouseVersion: string; scores: LighthouseScores; failingAudits: FailingAudit[] };

const scoreSchema = z.number().int().min(0).max(100).nullable();
const lighthouseRecordSchema = z.object({
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  url: z.string().optional(),
  lighthouseVersion: z.string().optional(),
  scores: z.object(Object.fromEntries(lighthouseCategories.map((id) => [id, scoreSchema])) as Record<LighthouseCategory, typeof scoreSchema>).optional(),
  failingAudits: z
    .array(z.object({ id: z.string(), category: z.enum(lighthouseCategories), title: z.string(), displayValue: z.string().nullable(), score: z.number() }))
    .optional(),
  error: z.string().optional(),
  measuredAt: z.string().optional(),
  // When it was queued or started: a run whose instance died (the job expires after 10 minutes,
  // retried once) must not look under way for ever.
  since: z.string().optional(),
  durationMs: z.number().optional(),
});
export type LighthouseRecord = z.infer<typeof lighthouseRecordSchema>;

// A stored record as the app reads it; anything unreadable counts as none.
export function readLighthouseRecord(value: unknown): LighthouseRecord | null {
  const parsed = lighthouseRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export type ScoreChange = { category: LighthouseCategory; score: number | null; previous: number | null; delta: number | null };

// Each category's score against the previous measured version's (delta null when either is missing).
export function compareScores(current: LighthouseScores, previous: LighthouseScores | null): ScoreChange[] {
  return lighthouseCategories.map((category) => {
    const score = current[category];
    const before = previous?.[category] ?? null;
    return { category, score, previous: before, delta: score === null || before === null ? null : score - before };
  });
}

export type LighthouseTrend = {
  // The latest publish that asked for Lighthouse: its run may still be queued, running or failed.
  latest: { versionNumber: number; record: LighthouseRecord } | null;
  // The latest measured version and the one measured before it, with the change per category.
  measured: { versionNumber: number; previousVersionNumber: number | null; changes: ScoreChange[]; failingAudits: FailingAudit[] } | null;
  lowered: ScoreChange[];
  // Measured versions, oldest first, for the trend.
  history: Array<{ versionNumber: number; scores: LighthouseScores }>;
};

// The site's Lighthouse trend over its last `limit` measured publishes. Callers check the owner
// (the Builds page reads the site through getSite first); the query is still scoped to the owner.
export async function lighthouseTrend(owner: { id: string }, siteId: string, limit = 5): Promise<LighthouseTrend> {
  const rows = await db.build.findMany({
    where: { siteId, ownerId: owner.id, kind: 'publish', status: 'succeeded', lighthouse: { not: Prisma.DbNull } },
    orderBy: [{ versionNumber: 'desc' }],
    select: { versionNumber: true, lighthouse: true },
    take: 50,
  });
  const records = rows.flatMap((row) => {
    const record = readLighthouseRecord(row.lighthouse);
    return record && row.versionNumber !== null ? [{ versionNumber: row.versionNumber, record }] : [];
  });
  const scored = records.filter((r) => r.record.status === 'succeeded' && r.record.scores).slice(0, limit);
  const [last, before] = scored;
  const changes = last ? compareScores(last.record.scores!, before?.record.scores ?? null) : [];
  return {
    latest: records[0] ?? null,
    measured: last
      ? { versionNumber: last.versionNumber, previousVersionNumber: before?.versionNumber ?? null, changes, failingAudits: last.record.failingAudits ?? [] }
      : null,
    lowered: changes.filter((change) => change.delta !== null && change.delta < 0),
    history: scored.map((r) => ({ versionNumber: r.versionNumber, scores: r.record.scores! })).reverse(),
  };
}

// Whether a run is waiting or under way (the Builds page re-reads itself meanwhile); one queued or
// started more than 25 minutes ago, past the job's expiry and retry, is not.
export function isLighthouseActive(record: LighthouseRecord | null, now = Date.now()): boolean {
  if (!record || (record.status !== 'queued' && record.status !== 'running')) return false;
  return record.since === undefined || now - Date.parse(record.since) < 25 * 60_000;
}

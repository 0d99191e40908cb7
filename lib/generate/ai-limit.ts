// The per-minute limit on AI requests, per owner, from the owner's plan (`aiPerMinute` in
// lib/billing/plans.ts): whole-site generations and AI on one section, each with its own counter
// in the shared limiter. Taken before any credit is reserved or any Generation row is written, so
// a refused request costs nothing and leaves no trace but the 429.
import { getEntitlements } from '@/lib/billing/entitlements';
import { AppError } from '@/lib/errors';
import { consume, retryAfterMs, type Limit } from '@/lib/rate-limit';

export type AiRequestKind = 'sites' | 'sections';

export const AI_WINDOW_MS = 60_000;

const messages: Record<AiRequestKind, (perMinute: number) => string> = {
  sites: (n) => `Your plan starts up to ${n} site ${n === 1 ? 'generation' : 'generations'} a minute. Wait a moment and try again; no credit was used.`,
  sections: (n) => `Your plan allows up to ${n} AI ${n === 1 ? 'request' : 'requests'} a minute. Wait a moment and try again; no credit was used.`,
};

export async function aiLimitFor(userId: string, kind: AiRequestKind): Promise<Limit> {
  const { plan } = await getEntitlements(userId);
  return { limit: plan.aiPerMinute[kind], windowMs: AI_WINDOW_MS };
}

// Counts one AI request for the owner, or throws RATE_LIMITED with the wait in `details`
// (lib/http.ts turns it into Retry-After). `now` and `limit` let tests move through windows and
// pin the numbers; the app passes neither.
export async function takeAiRequest(owner: { id: string }, kind: AiRequestKind, opts: { now?: number; limit?: Limit } = {}): Promise<void> {
  const limit = opts.limit ?? (await aiLimitFor(owner.id, kind));
  const now = opts.now ?? Date.now();
  if (await consume(`ai:${kind}:${owner.id}`, limit, { now })) return;
  const retryAfterSeconds = Math.ceil(retryAfterMs(limit, now) / 1000);
  throw new AppError('RATE_LIMITED', messages[kind](limit.limit), { limit: 'aiPerMinute', kind, perMinute: limit.limit, retryAfterSeconds });
}

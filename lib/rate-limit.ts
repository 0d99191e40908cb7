// The app's one rate limiter: hits stored in PostgreSQL and counted over a sliding window,
// so a limit holds across every instance. Keys name what is limited ("signin:ip:1.2.3.4").
import { db } from '@/lib/db';

export type Limit = { limit: number; windowMs: number };

export async function countHits(key: string, { windowMs }: Pick<Limit, 'windowMs'>): Promise<number> {
  return db.rateLimitHit.count({ where: { key, createdAt: { gt: new Date(Date.now() - windowMs) } } });
}

export async function isLimited(key: string, limit: Limit): Promise<boolean> {
  return (await countHits(key, limit)) >= limit.limit;
}

export async function recordHit(key: string): Promise<void> {
  await db.rateLimitHit.create({ data: { key } });
}

// Records a hit and says whether it was within the limit (for actions limited on every attempt).
export async function consume(key: string, limit: Limit): Promise<boolean> {
  if (await isLimited(key, limit)) return false;
  await recordHit(key);
  return true;
}

// Old hits are only ever counted inside their window; drop them now and then.
export async function pruneHits(olderThanMs = 24 * 60 * 60 * 1000): Promise<number> {
  const { count } = await db.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - olderThanMs) } } });
  return count;
}

// Health: is the database answering? Used by /api/health and load balancers.
import { db } from '@/lib/db';

export type Health = { status: 'ok' | 'unavailable'; database: 'up' | 'down'; latencyMs: number; checkedAt: string };

export async function checkHealth(timeoutMs = 2_000): Promise<Health> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const up = await Promise.race([
    db.$queryRaw`SELECT 1`.then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  return {
    status: up ? 'ok' : 'unavailable',
    database: up ? 'up' : 'down',
    latencyMs: Math.round(performance.now() - started),
    checkedAt: new Date().toISOString(),
  };
}

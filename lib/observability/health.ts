// Health: is the database answering? Used by /api/health and load balancers.
//
// The check has a connection of its own rather than one from the app's pool (lib/db.ts): with the
// pool busy (a burst of API requests holds all its connections) the check queued behind them and
// answered 503 while the database was up, and a load balancer would have taken a working instance
// out. Checks at the same moment share the connection (one query each, in turn).
import pg from 'pg';
import { env } from '@/lib/env';

export type Health = { status: 'ok' | 'unavailable'; database: 'up' | 'down'; latencyMs: number; checkedAt: string };

const globalForHealth = globalThis as unknown as { healthPool?: pg.Pool };

function healthPool(): pg.Pool {
  if (!globalForHealth.healthPool) {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 1, idleTimeoutMillis: 60_000, connectionTimeoutMillis: 10_000 });
    // A connection lost while idle (the database restarted) is dropped by the pool; the next check opens another.
    pool.on('error', () => undefined);
    globalForHealth.healthPool = pool;
  }
  return globalForHealth.healthPool;
}

export async function checkHealth(timeoutMs = 2_000): Promise<Health> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const up = await Promise.race([
    healthPool()
      .query('SELECT 1')
      .then(
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

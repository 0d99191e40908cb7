// Health: is the database answering? `GET /api/health`, asked by load balancers every second:
// answered by server.ts itself, before Next (answerHealth), so a busy app (a burst of API requests
// going through Next) does not keep its health check waiting behind them.
//
// The check has a connection of its own rather than one from the app's pool (lib/db.ts): with the
// pool busy (a burst of API requests holds all its connections) the check queued behind them and
// answered 503 while the database was up, and a load balancer would have taken a working instance
// out. Checks at the same moment share the connection (one query each, in turn).
import type { IncomingMessage, ServerResponse } from 'node:http';
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

export const HEALTH_PATH = '/api/health';

// 200 with the database's state, 503 while it is down; JSON, never cached.
export async function answerHealth(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ error: { code: 'METHOD_NOT_ALLOWED', message: 'Use GET or HEAD.' } }));
    return;
  }
  const health = await checkHealth();
  res.writeHead(health.status === 'ok' ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : JSON.stringify(health));
}

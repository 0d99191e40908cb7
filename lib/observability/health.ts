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

// Checks asked for at once share one query, and a result is given again for REUSE_MS after it came
// (its checkedAt says when): load balancers' checks cost the database one query per half second at
// most, and during a burst a check is answered from the last result at once instead of waiting for
// its query's answer, which queued behind the burst's requests in the event loop. A database that
// goes down is seen within REUSE_MS plus the query's timeout.
const REUSE_MS = 500;
let last: { health: Health; at: number } | null = null;
let checking: Promise<Health> | null = null;

export function currentHealth(now = performance.now()): Health | Promise<Health> {
  if (last && now - last.at < REUSE_MS) return last.health;
  checking ??= checkHealth()
    .then((health) => {
      last = { health, at: performance.now() };
      return health;
    })
    .finally(() => {
      checking = null;
    });
  return checking;
}

function writeHealth(req: IncomingMessage, res: ServerResponse, health: Health): void {
  res.writeHead(health.status === 'ok' ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : JSON.stringify(health));
}

// 200 with the database's state, 503 while it is down; JSON, never cached.
export async function answerHealth(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ error: { code: 'METHOD_NOT_ALLOWED', message: 'Use GET or HEAD.' } }));
    return;
  }
  const health = currentHealth();
  writeHealth(req, res, health instanceof Promise ? await health : health);
}

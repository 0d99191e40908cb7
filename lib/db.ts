// The one Prisma client, on the PostgreSQL driver adapter. The pool reconnects by itself
// after the database comes back, so a running app recovers without a restart.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/generated/prisma/client';
import { env } from '@/lib/env';

const globalForDb = globalThis as unknown as { prisma?: PrismaClient; pool?: pg.Pool };

function createPool() {
  const created = new pg.Pool({
    connectionString: env.DATABASE_URL,
    // Opening a connection means a new server process on PostgreSQL's side, which can take seconds
    // on a busy machine: 3 s failed generations under load ("Connection terminated due to
    // connection timeout"), where waiting longer would have served them. A database that is down
    // refuses at once, so this does not slow the health check's 503.
    connectionTimeoutMillis: 10_000,
    // Idle connections are kept for a minute (pg's default is 10 s), so a burst after a pause
    // reuses them instead of opening new ones.
    idleTimeoutMillis: 60_000,
    max: 10,
  });
  // An idle connection the server closed (a restart, a failover) leaves the pool by itself and the
  // next query opens a new one; without a listener the event would end the process.
  created.on('error', () => {});
  return created;
}

// The pool is ours (not the adapter's own), so the metrics can say how full it is.
const pool = globalForDb.pool ?? createPool();

function createClient() {
  const adapter = new PrismaPg(pool);
  // A transaction waits for its connection as long as a connection may take to open (Prisma's
  // default, 2 s, failed a generation's credit reservation on a busy machine: "Unable to start a
  // transaction in the given time"); its own run may take 15 s, not Prisma's 5 s: the run includes
  // waiting for the owner's lock, and ten generations of one owner at once (the per-minute limit's
  // test) queue on it, which on a loaded machine took longer than 5 s and failed one of them.
  // At debug level each query is reported as an event, for the request timeline
  // (lib/observability/timeline.ts); otherwise Prisma builds no event at all.
  const isDebug = env.NODE_ENV !== 'test' && (env.LOG_LEVEL === 'debug' || env.LOG_LEVEL === 'trace');
  return new PrismaClient({
    adapter,
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
    ...(isDebug ? { log: [{ emit: 'event' as const, level: 'query' as const }] } : {}),
  });
}

export const db = globalForDb.prisma ?? createClient();
if (env.NODE_ENV !== 'production') {
  globalForDb.prisma = db;
  globalForDb.pool = pool;
}

// Connections open, idle, and requests waiting for one (pagemagic_db_pool_connections).
export function poolUse(): { total: number; idle: number; waiting: number; max: number } {
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? 10 };
}

export type { PrismaClient };

// The one Prisma client, on the PostgreSQL driver adapter. The pool reconnects by itself
// after the database comes back, so a running app recovers without a restart.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { env } from '@/lib/env';

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function createClient() {
  const adapter = new PrismaPg({
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
  return new PrismaClient({ adapter });
}

export const db = globalForDb.prisma ?? createClient();
if (env.NODE_ENV !== 'production') globalForDb.prisma = db;

export type { PrismaClient };

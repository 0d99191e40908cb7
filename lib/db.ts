// The one Prisma client, on the PostgreSQL driver adapter. The pool reconnects by itself
// after the database comes back, so a running app recovers without a restart.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { env } from '@/lib/env';

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function createClient() {
  const adapter = new PrismaPg({
    connectionString: env.DATABASE_URL,
    connectionTimeoutMillis: 3_000,
    max: 10,
  });
  return new PrismaClient({ adapter });
}

export const db = globalForDb.prisma ?? createClient();
if (env.NODE_ENV !== 'production') globalForDb.prisma = db;

export type { PrismaClient };

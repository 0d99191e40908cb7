-- The rate limiter keeps one counter row per key and window instead of one row per hit
-- (lib/rate-limit.ts). Hits recorded before this migration are not carried over: limits start
-- afresh once, at deploy.

-- DropTable
DROP TABLE "RateLimitHit";

-- CreateTable
-- UNLOGGED: counters are written on every limited request and are worth nothing after their
-- window, so they skip the WAL (no flush per hit). After a database crash or failover the table
-- is empty and limits start afresh, as they do at this deploy. Prisma's schema cannot say
-- UNLOGGED and its migrate diff neither sees nor undoes it.
CREATE UNLOGGED TABLE "RateLimitWindow" (
    "key" TEXT NOT NULL,
    "windowMs" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitWindow_pkey" PRIMARY KEY ("key","windowMs","windowStart")
);

-- CreateIndex
CREATE INDEX "RateLimitWindow_expiresAt_idx" ON "RateLimitWindow"("expiresAt");

-- The rate limiter keeps one counter row per key and window instead of one row per hit
-- (lib/rate-limit.ts). Hits recorded before this migration are not carried over: limits start
-- afresh once, at deploy.

-- DropTable
DROP TABLE "RateLimitHit";

-- CreateTable
CREATE TABLE "RateLimitWindow" (
    "key" TEXT NOT NULL,
    "windowMs" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitWindow_pkey" PRIMARY KEY ("key","windowMs","windowStart")
);

-- CreateIndex
CREATE INDEX "RateLimitWindow_expiresAt_idx" ON "RateLimitWindow"("expiresAt");

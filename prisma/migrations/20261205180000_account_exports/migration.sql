-- "Download my data" as a ZIP built by a job (issue 20): one row per export with its progress,
-- its stored file and the expiring download link's token.

-- CreateTable
CREATE TABLE "AccountExport" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "partsDone" INTEGER NOT NULL DEFAULT 0,
    "partsTotal" INTEGER NOT NULL,
    "token" TEXT NOT NULL,
    "storageKey" TEXT,
    "bytes" INTEGER,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),

    CONSTRAINT "AccountExport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountExport_token_key" ON "AccountExport"("token");
CREATE INDEX "AccountExport_userId_createdAt_idx" ON "AccountExport"("userId", "createdAt");
CREATE INDEX "AccountExport_status_expiresAt_idx" ON "AccountExport"("status", "expiresAt");

-- One export at a time per account: two requests racing make one row (Prisma's schema cannot say
-- this; the second insert fails with P2002 and gets the first).
CREATE UNIQUE INDEX "AccountExport_userId_active_key" ON "AccountExport"("userId") WHERE "status" IN ('queued', 'running');

-- AddForeignKey
ALTER TABLE "AccountExport" ADD CONSTRAINT "AccountExport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

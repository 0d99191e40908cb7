-- Build records (issue 17): every publish and every static export of a site, with its log lines,
-- metrics and, when it failed, the reason in plain words. An export's ZIP is a stored file.

-- CreateTable
CREATE TABLE "Build" (
    "id" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "requestedById" TEXT,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "versionNumber" INTEGER,
    "versionId" TEXT,
    "log" JSONB NOT NULL DEFAULT '[]',
    "metrics" JSONB,
    "error" TEXT,
    "storageKey" TEXT,
    "bytes" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Build_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Build_siteId_createdAt_idx" ON "Build"("siteId", "createdAt");
CREATE INDEX "Build_ownerId_idx" ON "Build"("ownerId");
CREATE INDEX "Build_requestedById_idx" ON "Build"("requestedById");

-- One static export at a time per site: two requests racing make one build (Prisma's schema cannot
-- say this; the second insert fails with P2002 and gets the first).
CREATE UNIQUE INDEX "Build_siteId_export_active_key" ON "Build"("siteId") WHERE "kind" = 'export-static' AND "status" IN ('queued', 'running');

-- AddForeignKey
ALTER TABLE "Build" ADD CONSTRAINT "Build_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Build" ADD CONSTRAINT "Build_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Build" ADD CONSTRAINT "Build_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

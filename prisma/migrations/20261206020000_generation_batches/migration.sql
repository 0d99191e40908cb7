-- Batch generation (issue 16): a batch of prompts run as jobs, its items, and its numbered events
-- (the Server-Sent Events stream replays those after Last-Event-ID).

-- CreateTable
CREATE TABLE "GenerationBatch" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "itemCount" INTEGER NOT NULL,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "GenerationBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GenerationBatchItem" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "request" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "siteId" TEXT,
    "generationId" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "GenerationBatchItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GenerationBatchEvent" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "itemIndex" INTEGER,
    "status" TEXT NOT NULL,
    "siteId" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GenerationBatchEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GenerationBatch_ownerId_createdAt_idx" ON "GenerationBatch"("ownerId", "createdAt");
CREATE UNIQUE INDEX "GenerationBatchItem_batchId_index_key" ON "GenerationBatchItem"("batchId", "index");
CREATE INDEX "GenerationBatchItem_siteId_idx" ON "GenerationBatchItem"("siteId");
CREATE UNIQUE INDEX "GenerationBatchEvent_batchId_seq_key" ON "GenerationBatchEvent"("batchId", "seq");

-- AddForeignKey
ALTER TABLE "GenerationBatch" ADD CONSTRAINT "GenerationBatch_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GenerationBatchItem" ADD CONSTRAINT "GenerationBatchItem_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "GenerationBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GenerationBatchItem" ADD CONSTRAINT "GenerationBatchItem_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "GenerationBatchEvent" ADD CONSTRAINT "GenerationBatchEvent_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "GenerationBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Indexes for the two foreign keys no index led (issue 15): deleting a site set its generations'
-- "siteId" to NULL, and deleting an account removed its domain registrations, each by reading
-- the whole table. test/query-plans.test.ts fails when a foreign key has no such index.

-- CreateIndex
CREATE INDEX "Generation_siteId_idx" ON "Generation"("siteId");

-- CreateIndex
CREATE INDEX "DomainRegistration_ownerId_idx" ON "DomainRegistration"("ownerId");

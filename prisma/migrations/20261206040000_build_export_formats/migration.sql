-- Export formats (issue 17): a site is exported as its static files (`export-static`) or as a
-- Vite + Vue project (`export-vue`). One export at a time per site and format: two requests racing
-- make one build (the second insert fails with P2002 and gets the first), and a Vue export may be
-- built while a static one is.
DROP INDEX "Build_siteId_export_active_key";
CREATE UNIQUE INDEX "Build_siteId_export_active_key" ON "Build"("siteId", "kind") WHERE "kind" LIKE 'export-%' AND "status" IN ('queued', 'running');

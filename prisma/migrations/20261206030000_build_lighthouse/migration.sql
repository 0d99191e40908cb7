-- Lighthouse per publish (issue 17): a publish's Lighthouse run, kept on its Build row as JSON
-- (status, the five category scores, the failing audits, or why it could not run).
ALTER TABLE "Build" ADD COLUMN "lighthouse" JSONB;

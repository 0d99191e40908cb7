-- Account deletion waits for Stripe (issue 20): an account whose subscriptions could not be
-- cancelled yet is locked and marked deleting; the account-delete job finishes it.

-- AlterTable
ALTER TABLE "User" ADD COLUMN "deletingAt" TIMESTAMP(3);

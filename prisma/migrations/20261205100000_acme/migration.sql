-- Built-in ACME (issue 14): the account key per directory, kept across restarts so renewals reuse
-- one account (Let's Encrypt limits new accounts per address), and the pending HTTP-01 answers,
-- shared by every instance because the CA may ask any of them.

-- CreateTable
CREATE TABLE "AcmeAccount" (
    "directoryUrl" TEXT NOT NULL,
    "keyEncrypted" TEXT NOT NULL,
    "accountUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AcmeAccount_pkey" PRIMARY KEY ("directoryUrl")
);

-- CreateTable
CREATE TABLE "AcmeChallenge" (
    "token" TEXT NOT NULL,
    "keyAuthorization" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AcmeChallenge_pkey" PRIMARY KEY ("token")
);

-- CreateIndex
CREATE INDEX "AcmeChallenge_expiresAt_idx" ON "AcmeChallenge"("expiresAt");

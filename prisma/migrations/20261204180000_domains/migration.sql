-- Custom domains (issue 14): connected hostnames, their settings, certificates, DNS zones and
-- records, registrations, and a site's extra subdomains.

-- CreateTable
CREATE TABLE "Domain" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "withWww" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "verificationToken" TEXT NOT NULL,
    "connection" TEXT NOT NULL DEFAULT 'manual',
    "verifiedAt" TIMESTAMP(3),
    "lastCheckedAt" TIMESTAMP(3),
    "nextCheckAt" TIMESTAMP(3),
    "checkFindings" JSONB NOT NULL DEFAULT '[]',
    "checkAttempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Domain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DomainSettings" (
    "domainId" TEXT NOT NULL,
    "httpsRedirect" BOOLEAN NOT NULL DEFAULT true,
    "wwwRedirect" TEXT NOT NULL DEFAULT 'to-apex',
    "hsts" BOOLEAN NOT NULL DEFAULT false,
    "hstsMaxAge" INTEGER NOT NULL DEFAULT 31536000,
    "cacheTtl" INTEGER NOT NULL DEFAULT 300,

    CONSTRAINT "DomainSettings_pkey" PRIMARY KEY ("domainId")
);

-- CreateTable
CREATE TABLE "Subdomain" (
    "id" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "redirectUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subdomain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DNSZone" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "domainId" TEXT,
    "name" TEXT NOT NULL,
    "provider" TEXT NOT NULL DEFAULT 'manual',
    "providerZoneId" TEXT,
    "nameservers" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DNSZone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DNSRecord" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "ttl" INTEGER NOT NULL DEFAULT 300,
    "priority" INTEGER,
    "providerRecordId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DNSRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateInfo" (
    "id" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "hostnames" TEXT[],
    "status" TEXT NOT NULL DEFAULT 'pending',
    "issuer" TEXT,
    "serial" TEXT,
    "notBefore" TIMESTAMP(3),
    "notAfter" TIMESTAMP(3),
    "certificatePem" TEXT,
    "keyEncrypted" TEXT,
    "lastRenewalAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CertificateInfo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DomainRegistration" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "domainId" TEXT,
    "name" TEXT NOT NULL,
    "registrar" TEXT NOT NULL,
    "providerOrderId" TEXT,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "autoRenew" BOOLEAN NOT NULL DEFAULT true,
    "nameservers" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DomainRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Domain_ownerId_hostname_key" ON "Domain"("ownerId", "hostname");

-- CreateIndex
CREATE INDEX "Domain_hostname_idx" ON "Domain"("hostname");

-- CreateIndex
CREATE INDEX "Domain_siteId_idx" ON "Domain"("siteId");

-- Only one owner can hold a verified hostname. Prisma's schema cannot express a partial unique
-- index; its migrate diff does not see it.
CREATE UNIQUE INDEX "Domain_hostname_verified_key" ON "Domain"("hostname") WHERE "verifiedAt" IS NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Subdomain_label_key" ON "Subdomain"("label");

-- CreateIndex
CREATE INDEX "Subdomain_siteId_idx" ON "Subdomain"("siteId");

-- CreateIndex
CREATE UNIQUE INDEX "DNSZone_domainId_key" ON "DNSZone"("domainId");

-- CreateIndex
CREATE UNIQUE INDEX "DNSZone_ownerId_name_key" ON "DNSZone"("ownerId", "name");

-- CreateIndex
CREATE INDEX "DNSRecord_zoneId_idx" ON "DNSRecord"("zoneId");

-- CreateIndex
CREATE INDEX "CertificateInfo_domainId_idx" ON "CertificateInfo"("domainId");

-- CreateIndex
CREATE INDEX "CertificateInfo_status_notAfter_idx" ON "CertificateInfo"("status", "notAfter");

-- CreateIndex
CREATE UNIQUE INDEX "DomainRegistration_domainId_key" ON "DomainRegistration"("domainId");

-- CreateIndex
CREATE UNIQUE INDEX "DomainRegistration_name_key" ON "DomainRegistration"("name");

-- AddForeignKey
ALTER TABLE "Domain" ADD CONSTRAINT "Domain_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Domain" ADD CONSTRAINT "Domain_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomainSettings" ADD CONSTRAINT "DomainSettings_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subdomain" ADD CONSTRAINT "Subdomain_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DNSZone" ADD CONSTRAINT "DNSZone_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DNSZone" ADD CONSTRAINT "DNSZone_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DNSRecord" ADD CONSTRAINT "DNSRecord_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "DNSZone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateInfo" ADD CONSTRAINT "CertificateInfo_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomainRegistration" ADD CONSTRAINT "DomainRegistration_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomainRegistration" ADD CONSTRAINT "DomainRegistration_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE SET NULL ON UPDATE CASCADE;

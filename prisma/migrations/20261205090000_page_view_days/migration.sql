-- Visitor analytics (issue 14): page views per site, hostname, UTC day, page, referrer host,
-- country and device class, one row per combination with its count (lib/analytics). The key
-- starts with (siteId, day), which is how the site page reads it: one site over a date range.

-- CreateTable
CREATE TABLE "PageViewDay" (
    "siteId" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "path" TEXT NOT NULL,
    "referrerHost" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "device" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "PageViewDay_pkey" PRIMARY KEY ("siteId","day","hostname","path","referrerHost","country","device")
);

-- AddForeignKey
ALTER TABLE "PageViewDay" ADD CONSTRAINT "PageViewDay_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

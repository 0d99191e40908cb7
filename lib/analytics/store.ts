// Adds counted page views to PageViewDay: one INSERT … ON CONFLICT DO UPDATE per batch, the rows
// passed as arrays and unnested, so a batch costs one round trip whatever its size. Rows of a site
// deleted since its views were counted are skipped (EXISTS on Site), not an error.
import { db } from '@/lib/db';
import type { CountedView } from './counter';

const BATCH_ROWS = 5_000;

export async function addPageViews(views: readonly CountedView[]): Promise<number> {
  let written = 0;
  for (let i = 0; i < views.length; i += BATCH_ROWS) {
    const batch = views.slice(i, i + BATCH_ROWS);
    written += await db.$executeRaw`
      INSERT INTO "PageViewDay" ("siteId", "hostname", "day", "path", "referrerHost", "country", "device", "count")
      SELECT v."siteId", v."hostname", v."day"::date, v."path", v."referrerHost", v."country", v."device", v."count"
      FROM unnest(
        ${batch.map((v) => v.siteId)}::text[],
        ${batch.map((v) => v.hostname)}::text[],
        ${batch.map((v) => v.day)}::text[],
        ${batch.map((v) => v.path)}::text[],
        ${batch.map((v) => v.referrerHost)}::text[],
        ${batch.map((v) => v.country)}::text[],
        ${batch.map((v) => v.device)}::text[],
        ${batch.map((v) => v.count)}::int[]
      ) AS v("siteId", "hostname", "day", "path", "referrerHost", "country", "device", "count")
      WHERE EXISTS (SELECT 1 FROM "Site" s WHERE s."id" = v."siteId")
      ON CONFLICT ("siteId", "day", "hostname", "path", "referrerHost", "country", "device")
      DO UPDATE SET "count" = "PageViewDay"."count" + EXCLUDED."count"`;
  }
  return written;
}

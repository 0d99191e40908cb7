// A batch's results as CSV (GET /api/v1/generations/batch/:id/results.csv, the Batches page's
// download): one row per prompt with its status, the site's address (where it goes live once
// published) and its editor, or why it failed. Cells go through lib/csv.ts (quoted, formula-guarded).
import { toCsv } from '@/lib/csv';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { getBatch } from '@/lib/generate/batch';
import { siteOrigin } from '@/lib/publish/origin';

type Owner = { id: string };

export const batchResultsHeader = ['index', 'prompt', 'status', 'site_name', 'site_url', 'editor_url', 'error'];

export async function batchResultsCsv(owner: Owner, batchId: string): Promise<{ filename: string; csv: string }> {
  const { batch } = await getBatch(owner, batchId);
  const siteIds = batch.items.flatMap((item) => (item.siteId ? [item.siteId] : []));
  // Scoped to the owner too: a site the owner no longer has (deleted) gives an empty address.
  const sites = await db.site.findMany({ where: { id: { in: siteIds }, ownerId: owner.id }, select: { id: true, name: true, slug: true } });
  const byId = new Map(sites.map((site) => [site.id, site]));
  const app = env.NEXTAUTH_URL.replace(/\/+$/, '');
  const rows = batch.items.map((item) => {
    const site = item.siteId ? byId.get(item.siteId) : undefined;
    return [
      item.index + 1,
      item.prompt,
      item.status,
      site?.name ?? '',
      site ? siteOrigin(site.slug) : '',
      site ? `${app}/editor/${site.id}` : '',
      item.error ?? '',
    ];
  });
  return { filename: `batch-${batch.id}.csv`, csv: toCsv(batchResultsHeader, rows) };
}

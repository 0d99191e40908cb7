// GET /api/v1/generations/batch/:id/results.csv: one row per prompt with its status, its site's
// address and editor, or why it failed (lib/api/batch-results.ts). Another owner's id answers 404.
import { apiOwner } from '@/lib/api/authenticate';
import { batchResultsCsv } from '@/lib/api/batch-results';
import { attachment, route } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'read');
  const { filename, csv } = await batchResultsCsv(owner, (await params).id);
  return attachment(csv, filename, 'text/csv; charset=utf-8');
});

// GET /api/v1/generations/batch/:id → { batch }: the batch's status and each prompt's status, site
// and error. Another owner's id answers 404.
import { apiOwner } from '@/lib/api/authenticate';
import { getBatch } from '@/lib/generate/batch';
import { route } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'read');
  return Response.json(await getBatch(owner, (await params).id), { headers: { 'Cache-Control': 'no-store' } });
});

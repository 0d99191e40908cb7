// GET /api/v1/generations/:id → { generation }: one of the owner's generation records. Another
// owner's id answers 404.
import { apiOwner } from '@/lib/api/authenticate';
import { getGeneration } from '@/lib/generate/records';
import { route } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'read');
  return Response.json({ generation: await getGeneration(owner, (await params).id) }, { headers: { 'Cache-Control': 'no-store' } });
});

// GET /api/v1/generations → { generations, nextCursor }: the owner's generation records, newest first
// (prompt, options, status, generator and model, tokens and cost when the model reported them,
// the site made, when and how long), ?limit=1..100 (default 50) and ?cursor=.
import { apiOwner } from '@/lib/api/authenticate';
import { listGenerationsPage } from '@/lib/generate/records';
import { route } from '@/lib/http';
import { pageQuerySchema } from '@/lib/page-cursor';

export const dynamic = 'force-dynamic';

export const GET = route(async (req: Request) => {
  const owner = await apiOwner(req, 'read');
  const page = pageQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return Response.json(await listGenerationsPage(owner, page), { headers: { 'Cache-Control': 'no-store' } });
});

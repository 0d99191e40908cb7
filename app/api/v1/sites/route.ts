// GET /api/v1/sites → { sites, nextCursor }: a page of the owner's sites (?limit=1..100, default 50;
// ?cursor= the previous page's nextCursor). POST /api/v1/sites { prompt, templateId?, language?,
// paletteId?, slug?, seed? } → 201 { site, generation }: a site generated from a prompt (one credit;
// the same request again is answered from the stored result without one). An Idempotency-Key
// header makes a retry answer the first response (lib/api/idempotency.ts).
import { apiOwner } from '@/lib/api/authenticate';
import { idempotent } from '@/lib/api/idempotency';
import { createSiteFromPrompt, listSitesPage } from '@/lib/api/sites';
import { generateRequestSchema } from '@/lib/generate/types';
import { readJson, route } from '@/lib/http';
import { pageQuerySchema } from '@/lib/page-cursor';

export const dynamic = 'force-dynamic';

export const GET = route(async (req: Request) => {
  const owner = await apiOwner(req, 'read');
  const page = await listSitesPage(owner, pageQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams)));
  return Response.json(page, { headers: { 'Cache-Control': 'no-store' } });
});

export const POST = route(async (req: Request) => {
  const owner = await apiOwner(req, 'write');
  return idempotent(req, owner, async (request) => {
    const input = await readJson(request, generateRequestSchema);
    return Response.json(await createSiteFromPrompt(owner, input, request.signal), { status: 201 });
  });
});

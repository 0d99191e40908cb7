// POST /api/v1/domains/[id]/purge { paths?: string[] } → { zones, urls }: purges those site paths
// (all published ones when omitted) from Cloudflare's cache. 503 without Cloudflare.
import { apiOwner } from '@/lib/api/authenticate';
import { purgeSchema } from '@/lib/domains/api-input';
import { purgeDomainCache } from '@/lib/domains/purge-domain';
import { readJson, route } from '@/lib/http';

type Ctx = { params: Promise<{ id: string }> };

export const POST = route(async (req: Request, { params }: Ctx) => {
  const user = await apiOwner(req, 'write');
  const { paths } = await readJson(req, purgeSchema);
  return Response.json(await purgeDomainCache(user, (await params).id, paths));
});

// GET /api/sites/address?slug=<wanted>[&siteId=<id>] → whether an address is free, taken (with a free
// one like it) or invalid (with the reason), for the screens that check it as the owner types.
import { z } from 'zod';
import { getApiUser } from '@/lib/auth/require-user';
import { checkSiteAddress } from '@/lib/domains/site-address';
import { route } from '@/lib/http';

export const dynamic = 'force-dynamic';

const querySchema = z.object({ slug: z.string().max(100), siteId: z.string().trim().min(1).max(100).optional() });

export const GET = route(async (req: Request) => {
  const user = await getApiUser();
  const query = querySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return Response.json(await checkSiteAddress(user, query), { headers: { 'Cache-Control': 'no-store' } });
});

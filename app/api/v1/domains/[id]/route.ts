// One of the owner's custom domains: GET it (records, findings, settings), DELETE it (its hostname
// is free again). Another owner's id answers 404.
import { apiOwner } from '@/lib/api/authenticate';
import { removeDomain } from '@/lib/domains/mutations';
import { getDomain } from '@/lib/domains/queries';
import { route } from '@/lib/http';

type Ctx = { params: Promise<{ id: string }> };

export const dynamic = 'force-dynamic';

export const GET = route(async (req: Request, { params }: Ctx) => {
  const user = await apiOwner(req, 'read');
  return Response.json({ domain: await getDomain(user, (await params).id) }, { headers: { 'Cache-Control': 'no-store' } });
});

export const DELETE = route(async (req: Request, { params }: Ctx) => {
  const user = await apiOwner(req, 'write');
  await removeDomain(user, (await params).id);
  return new Response(null, { status: 204 });
});

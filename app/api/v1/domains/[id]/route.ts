// One of the owner's custom domains: GET it (records, findings, settings), DELETE it (its hostname
// is free again). Another owner's id answers 404.
import { getApiUser } from '@/lib/auth/require-user';
import { removeDomain } from '@/lib/domains/mutations';
import { getDomain } from '@/lib/domains/queries';
import { route } from '@/lib/http';

type Ctx = { params: Promise<{ id: string }> };

export const dynamic = 'force-dynamic';

export const GET = route(async (_req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  return Response.json({ domain: await getDomain(user, (await params).id) }, { headers: { 'Cache-Control': 'no-store' } });
});

export const DELETE = route(async (_req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  await removeDomain(user, (await params).id);
  return new Response(null, { status: 204 });
});

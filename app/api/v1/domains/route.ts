// The signed-in owner's custom domains: GET lists a page of them (?limit=1..100, default 50, and the
// `nextCursor` of the previous page as ?cursor=) with the plan's allowance, POST adds one
// ({ siteId, hostname }) and answers it with the DNS records to create.
import { apiOwner } from '@/lib/api/authenticate';
import { addDomain, addDomainSchema } from '@/lib/domains/mutations';
import { domainAllowance, domainPageSchema, getDomain, listDomainsPage } from '@/lib/domains/queries';
import { readJson, route } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = route(async (req) => {
  const user = await apiOwner(req, 'read');
  const page = domainPageSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const [{ domains, nextCursor }, allowance] = await Promise.all([listDomainsPage(user, page), domainAllowance(user)]);
  return Response.json({ domains, nextCursor, allowance }, { headers: { 'Cache-Control': 'no-store' } });
});

export const POST = route(async (req) => {
  const user = await apiOwner(req, 'write');
  const input = await readJson(req, addDomainSchema);
  const created = await addDomain(user, input);
  return Response.json({ domain: await getDomain(user, created.id) }, { status: 201 });
});

// The signed-in owner's custom domains: GET lists them with the plan's allowance, POST adds one
// ({ siteId, hostname }) and answers it with the DNS records to create.
import { getApiUser } from '@/lib/auth/require-user';
import { addDomain, addDomainSchema } from '@/lib/domains/mutations';
import { domainAllowance, getDomain, listDomains } from '@/lib/domains/queries';
import { readJson, route } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = route(async () => {
  const user = await getApiUser();
  const [domains, allowance] = await Promise.all([listDomains(user), domainAllowance(user)]);
  return Response.json({ domains, allowance }, { headers: { 'Cache-Control': 'no-store' } });
});

export const POST = route(async (req) => {
  const user = await getApiUser();
  const input = await readJson(req, addDomainSchema);
  const created = await addDomain(user, input);
  return Response.json({ domain: await getDomain(user, created.id) }, { status: 201 });
});

// "Check now": runs the domain's DNS check at once and answers the domain with its findings.
import { apiOwner } from '@/lib/api/authenticate';
import { getDomain } from '@/lib/domains/queries';
import { checkDomainNow } from '@/lib/domains/run-check';
import { route } from '@/lib/http';

type Ctx = { params: Promise<{ id: string }> };

export const POST = route(async (req: Request, { params }: Ctx) => {
  const user = await apiOwner(req, 'write');
  const { id } = await params;
  await checkDomainNow(user, id);
  return Response.json({ domain: await getDomain(user, id) });
});

// POST /api/v1/domains/register { name, years, registrant, expectedPriceCents, consent: true } →
// 201 { registration }: buys the name at the registrar at the price the owner agreed to.
import { apiOwner } from '@/lib/api/authenticate';
import { domainRegisterSchema } from '@/lib/domains/api-input';
import { registerDomain } from '@/lib/domains/registration';
import { readJson, route } from '@/lib/http';

export const POST = route(async (req: Request) => {
  const user = await apiOwner(req, 'write');
  const { name, years, registrant, expectedPriceCents } = await readJson(req, domainRegisterSchema);
  const registration = await registerDomain(user, { name, years, registrant, expectedPriceCents });
  return Response.json({ registration }, { status: 201 });
});

// A custom domain's serving settings (HTTPS redirect, www redirect, HSTS, cache time): PATCH any of
// them; answers the domain as it now is.
import { apiOwner } from '@/lib/api/authenticate';
import { domainSettingsSchema, updateDomainSettings } from '@/lib/domains/mutations';
import { getDomain } from '@/lib/domains/queries';
import { readJson, route } from '@/lib/http';

type Ctx = { params: Promise<{ id: string }> };

export const PATCH = route(async (req: Request, { params }: Ctx) => {
  const user = await apiOwner(req, 'write');
  const { id } = await params;
  const input = await readJson(req, domainSettingsSchema);
  await updateDomainSettings(user, id, input);
  return Response.json({ domain: await getDomain(user, id) });
});

// GET /api/v1/templates → { templates }: the templates a site can be made from (id, name,
// description, pages, a sample prompt), in ?language= or the owner's dashboard language. A
// template's id is the `templateId` of POST /api/v1/sites.
import { apiOwner } from '@/lib/api/authenticate';
import { templatesLanguage, templatesQuerySchema } from '@/lib/api/sites';
import { templateCards } from '@/lib/generate/template-samples';
import { route } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = route(async (req: Request) => {
  const owner = await apiOwner(req, 'read');
  const { language } = templatesQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return Response.json({ templates: templateCards(templatesLanguage(owner, language)) }, { headers: { 'Cache-Control': 'no-store' } });
});

// A template's home page filled in for its sample business, for the gallery's miniatures.
import { getLocale } from 'next-intl/server';
import { getApiUser } from '@/lib/auth/require-user';
import { AppError } from '@/lib/errors';
import { templateSample } from '@/lib/generate/template-samples';
import { route } from '@/lib/http';
import { uiLocaleSchema } from '@/lib/i18n/schemas';
import { cspFor } from '@/lib/publish/cache';
import { publishEngine } from '@/lib/publish/engine';
import { siteOrigin } from '@/lib/publish/origin';
import { isTemplateId } from '@/lib/sites/templates';

type Ctx = { params: Promise<{ id: string }> };

// Samples are written in the dashboard's languages (lib/generate/template-samples.ts).
const languageSchema = uiLocaleSchema.optional();

export const GET = route(async (req: Request, { params }: Ctx) => {
  await getApiUser();
  const { id } = await params;
  if (!isTemplateId(id)) throw new AppError('NOT_FOUND', 'There is no template with that id.');
  const requested = languageSchema.parse(new URL(req.url).searchParams.get('lang') ?? undefined);
  const language = requested ?? (await getLocale());
  const doc = await templateSample(id, language);
  const home = doc.pages.find((page) => page.path === '/') ?? doc.pages[0];
  const html = await publishEngine().renderPreview(doc, home, { origin: siteOrigin(`${id}-sample`) });
  // The sample is the same for everyone and changes only with a new release.
  const csp = cspFor('text/html', Buffer.from(html), { framedBy: "'self'" });
  return new Response(html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, max-age=3600', 'Content-Security-Policy': csp },
  });
});

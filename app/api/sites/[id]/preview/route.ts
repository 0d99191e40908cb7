// The owner's preview of a draft page (or of a published version), rendered exactly as publishing would render it.
import { getApiUser } from '@/lib/auth/require-user';
import { AppError } from '@/lib/errors';
import { route } from '@/lib/http';
import { loadDocumentAssets } from '@/lib/media/assets';
import { siteOrigin } from '@/lib/publish/origin';
import { cspFor } from '@/lib/publish/cache';
import { publishEngine } from '@/lib/publish/engine';
import { getSite, getVersion } from '@/lib/sites/queries';
import { parseSiteDocument } from '@/lib/sites/validate';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const siteId = (await params).id;
  const site = await getSite(user, siteId);
  const query = new URL(req.url).searchParams;
  const path = query.get('path') ?? '/';
  // ?version=<id> previews a published version (the editor's history panel); otherwise the draft.
  const versionId = query.get('version');
  const doc = parseSiteDocument(versionId ? (await getVersion(user, siteId, versionId)).document : site.draft);
  const page = doc.pages.find((p) => p.path === path);
  if (!page) throw new AppError('NOT_FOUND', 'That page does not exist in this site.');
  const assets = await loadDocumentAssets(site.id, doc);
  const html = await publishEngine().renderPreview(doc, page, { origin: siteOrigin(site.slug), assets });
  // The published pages' strict CSP (no script runs), framed only by the app's own pages.
  const csp = cspFor('text/html', Buffer.from(html), { framedBy: "'self'" });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': csp } });
});

// The visual editor for one site, full screen. The owner's site and draft are loaded here on the
// server; editing, autosave and publishing happen in components/editor.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EditorLoader } from '@/components/editor/EditorLoader';
import { requireUser } from '@/lib/auth/require-user';
import { isAppError } from '@/lib/errors';
import { siteOrigin } from '@/lib/publish/origin';
import { getSite } from '@/lib/sites/queries';
import { parseSiteDocument } from '@/lib/sites/validate';

type Props = { params: Promise<{ id: string }> };

async function loadSite(id: string) {
  const user = await requireUser();
  try {
    return await getSite(user, id);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [site, t] = await Promise.all([loadSite((await params).id), getTranslations('editor')]);
  return { title: t('pageTitle', { name: site.name }) };
}

export default async function EditorPage({ params }: Props) {
  const site = await loadSite((await params).id);
  return (
    <EditorLoader
      site={{
        id: site.id,
        name: site.name,
        slug: site.slug,
        revision: site.revision,
        document: parseSiteDocument(site.draft),
        liveVersionId: site.publishedVersionId,
        liveUrl: siteOrigin(site.slug),
      }}
    />
  );
}

// The visual editor for one site, full screen. The owner's site and draft are loaded here on the
// server; editing, autosave and publishing happen in components/editor. A site beyond the owner's
// plan (after a downgrade) is read-only: it gets a notice with the way out instead of an editor
// whose every save would be refused.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getTranslations } from 'next-intl/server';
import { EditorLoader } from '@/components/editor/EditorLoader';
import { Button } from '@/components/ui/Button';
import { requireUser } from '@/lib/auth/require-user';
import { getEntitlements } from '@/lib/billing/entitlements';
import { isSiteReadOnly, UPGRADE_URL } from '@/lib/billing/limits';
import { isAppError } from '@/lib/errors';
import { siteOrigin } from '@/lib/publish/origin';
import { getSite } from '@/lib/sites/queries';
import { parseSiteDocument } from '@/lib/sites/validate';

type Props = { params: Promise<{ id: string }> };

// Once per request: the metadata and the page both need it (the draft is the site's largest column).
const loadSite = cache(async (id: string) => {
  const user = await requireUser();
  try {
    return { user, site: await getSite(user, id) };
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ site }, t] = await Promise.all([loadSite((await params).id), getTranslations('editor')]);
  return { title: t('pageTitle', { name: site.name }) };
}

export default async function EditorPage({ params }: Props) {
  const { user, site } = await loadSite((await params).id);
  if (await isSiteReadOnly(user.id, site.id)) {
    const [t, tPlans, { plan }] = await Promise.all([getTranslations('editor.readOnly'), getTranslations('billing.plans'), getEntitlements(user.id)]);
    return (
      <main className="grid min-h-dvh place-items-center bg-zinc-100 p-4 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
        <section
          aria-labelledby="read-only-title"
          className="w-full max-w-lg rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
        >
          <h1 id="read-only-title" className="text-xl font-semibold">
            {t('title', { name: site.name })}
          </h1>
          <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{t('body', { count: plan.limits.sites, plan: tPlans(plan.id) })}</p>
          <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{t('live')}</p>
          <div className="mt-6 flex flex-wrap gap-2">
            <Button asChild>
              <Link href={UPGRADE_URL}>{t('upgrade')}</Link>
            </Button>
            <Button asChild variant="secondary">
              <a href={`/api/sites/${site.id}/preview`} target="_blank" rel="noreferrer">
                {t('preview')}
              </a>
            </Button>
            <Button asChild variant="ghost">
              <Link href="/dashboard">{t('back')}</Link>
            </Button>
          </div>
        </section>
      </main>
    );
  }
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

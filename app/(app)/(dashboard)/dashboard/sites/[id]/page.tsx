// One site: its address and status, publish, the draft preview, visitor charts over a date range,
// versions with rollback, the contact-form leads, the sections' images (with a warning about missing alt text), renaming,
// the address (change it, and the earlier ones with their end dates) and deletion.
import { ArrowLeft, ArrowUpRight, Download, Inbox, Pencil } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { AltTextNotice } from '@/components/sites/AltTextNotice';
import { ChangeAddress } from '@/components/sites/ChangeAddress';
import { DeleteSite } from '@/components/sites/DeleteSite';
import { PublishButton } from '@/components/sites/PublishButton';
import { RenameSite } from '@/components/sites/RenameSite';
import { RollbackButton } from '@/components/sites/RollbackButton';
import { SiteAnalytics } from '@/components/sites/SiteAnalytics';
import { SectionImages, type SectionImageItem } from '@/components/sites/SectionImages';
import { SitePreview } from '@/components/sites/SitePreview';
import { SiteTabs } from '@/components/sites/SiteTabs';
import { SiteThumbnail } from '@/components/sites/SiteThumbnail';
import { UnpublishButton } from '@/components/sites/UnpublishButton';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { getSiteAnalytics } from '@/lib/analytics/queries';
import { env } from '@/lib/env';
import { parseDayRange } from '@/lib/analytics/range';
import { requireUser } from '@/lib/auth/require-user';
import { getSiteSubdomains } from '@/lib/domains/site-subdomains';
import { isAppError } from '@/lib/errors';
import { listImagesWithoutAlt } from '@/lib/media/document-images';
import { siteOrigin, siteOriginParts } from '@/lib/publish/origin';
import type { SiteDocument } from '@/lib/sites/document';
import { sectionLabel } from '@/lib/sites/section-catalogue';
import { countVersions, getSite, listLeads, listVersions } from '@/lib/sites/queries';

// The newest versions the page lists (and the live one, wherever it is); "Show all" lists every one.
const VERSIONS_SHOWN = 10;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Each section's own image props ({ src, alt } directly on the section, such as a hero's image or
// a post's cover); images inside lists (gallery, team) are left to the editor.
function sectionImages(doc: SiteDocument, locale: string, where: (section: string, page: string) => string): SectionImageItem[] {
  const items: SectionImageItem[] = [];
  for (const page of doc.pages) {
    for (const section of page.sections) {
      for (const [field, value] of Object.entries(section.props)) {
        if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
        const { src, alt } = value as { src?: unknown; alt?: unknown };
        if (typeof src !== 'string' || typeof alt !== 'string') continue;
        items.push({
          key: `${page.id}:${section.id}:${field}`,
          pageId: page.id,
          sectionId: section.id,
          field,
          where: where(sectionLabel(section.type, locale), page.title),
          image: { src, alt },
        });
      }
    }
  }
  return items;
}

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
  const { site } = await loadSite((await params).id);
  return { title: site.name };
}

export default async function SitePage({ params, searchParams }: Props) {
  const { user, site } = await loadSite((await params).id);
  const query = await searchParams;
  const range = parseDayRange(query, new Date());
  const showAllVersions = query.versions === 'all';
  const [t, tm, locale, format, versions, versionCount, leads, analytics, addresses] = await Promise.all([
    getTranslations('sites.site'),
    getTranslations('media'),
    getLocale(),
    getFormatter(),
    listVersions(user, site.id, { take: showAllVersions ? undefined : VERSIONS_SHOWN }),
    countVersions(user, site.id),
    listLeads(user, site.id),
    getSiteAnalytics(user, site.id, range),
    getSiteSubdomains(user, site.id),
  ]);
  const now = new Date();
  const origin = siteOrigin(site.slug);
  const host = origin.replace(/^https?:\/\//, '');
  const live = versions.find((version) => version.isLive) ?? null;
  const pages = site.draft.pages.map((page) => ({ path: page.path, title: page.title }));
  const sectionCount = site.draft.pages.reduce((sum, page) => sum + page.sections.length, 0);
  const images = sectionImages(site.draft, locale, (section, page) => tm('images.where', { section, page }));
  const missingAlt = listImagesWithoutAlt(site.draft);
  const dateTime = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });

  const status = live
    ? { label: t('status.live', { number: live.number }), tone: 'live' as const }
    : versions.length > 0
      ? { label: t('status.offline'), tone: 'offline' as const }
      : { label: t('status.draft'), tone: 'draft' as const };

  return (
    <div className="space-y-8">
      <div>
        <Link
          href="/dashboard"
          className="inline-flex items-center gap-1.5 rounded text-sm font-medium text-zinc-600 hover:text-zinc-950 dark:text-zinc-400 dark:hover:text-white"
        >
          <ArrowLeft className="size-4" />
          {t('back')}
        </Link>

        <div className="mt-4 flex flex-col gap-5 lg:flex-row lg:items-start lg:justify-between">
          <div className="flex min-w-0 flex-1 items-start gap-4">
            <div aria-hidden="true" className="hidden h-[4.5rem] w-32 shrink-0 overflow-hidden rounded-lg ring-1 ring-zinc-200 sm:block dark:ring-zinc-800">
              {/* Drawn at twice the size and scaled down, so the mock keeps its proportions. */}
              <SiteThumbnail
                look={{ siteId: site.id, name: site.draft.business.name, palette: site.draft.theme.palette, headingFont: site.draft.theme.fonts.heading }}
                className="h-36 w-64 origin-top-left scale-50"
              />
            </div>
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
                <h1 className="min-w-0 text-2xl font-semibold tracking-tight break-words text-zinc-950 sm:text-3xl dark:text-white">{site.name}</h1>
                <span
                  className={
                    status.tone === 'live'
                      ? 'inline-flex items-center gap-1.5 rounded-full bg-emerald-50 px-2.5 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200 ring-inset dark:bg-emerald-950/60 dark:text-emerald-200 dark:ring-emerald-900'
                      : 'inline-flex items-center gap-1.5 rounded-full bg-zinc-100 px-2.5 py-0.5 text-xs font-medium text-zinc-700 ring-1 ring-zinc-200 ring-inset dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-700'
                  }
                >
                  <span aria-hidden="true" className={status.tone === 'live' ? 'size-1.5 rounded-full bg-emerald-500' : 'size-1.5 rounded-full bg-zinc-400'} />
                  {status.label}
                </span>
              </div>
              <p className="mt-1.5 text-sm">
                {live ? (
                  <a
                    href={`${origin}/`}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="inline-flex max-w-full items-center gap-1 rounded font-medium text-brand-700 hover:underline dark:text-brand-300"
                  >
                    <span className="truncate">{origin}</span>
                    <ArrowUpRight className="size-3.5 shrink-0" />
                    <span className="sr-only">{t('opensInNewTab')}</span>
                  </a>
                ) : (
                  <span className="break-all text-zinc-600 dark:text-zinc-400">{origin}</span>
                )}
              </p>
              <p className="mt-1 flex flex-wrap gap-x-2 text-xs text-zinc-500 dark:text-zinc-400">
                <span>{live && site.publishedAt ? t('publishedAgo', { time: format.relativeTime(site.publishedAt, now) }) : t('notPublishedYet')}</span>
                <span aria-hidden="true">·</span>
                <span>{t('summary', { pages: pages.length, sections: sectionCount })}</span>
              </p>
            </div>
          </div>

          <div className="flex flex-col gap-2 lg:shrink-0 lg:items-end">
            <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-start sm:justify-end">
              <Button asChild variant="secondary">
                <Link href={`/editor/${site.id}`}>
                  <Pencil className="size-4" />
                  {t('edit')}
                </Link>
              </Button>
              {/* Keyed by the address: a notice of the last publish links to the address it was published at. */}
              <PublishButton key={site.slug} siteId={site.id} liveNumber={live?.number ?? null} />
            </div>
          </div>
        </div>
      </div>

      <SiteTabs siteId={site.id} active="overview" />

      {missingAlt.length > 0 && (
        <AltTextNotice missing={missingAlt}>
          <a href="#images-title" className="mt-1.5 inline-block rounded font-medium underline underline-offset-2">
            {tm('altWarning.fix')}
          </a>
        </AltTextNotice>
      )}

      <SitePreview siteId={site.id} siteName={site.name} host={host} pages={pages} />

      <SiteAnalytics stats={analytics} isPublished={live !== null} isCounting={env.VISITOR_ANALYTICS} />

      <section aria-labelledby="images-title" className="rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <div className="border-b border-zinc-200 px-5 py-4 dark:border-zinc-800">
          <h2 id="images-title" tabIndex={-1} className="text-base font-semibold text-zinc-950 dark:text-white">
            {tm('images.title')}
          </h2>
          <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{tm('images.description')}</p>
        </div>
        <SectionImages siteId={site.id} revision={site.revision} items={images} />
      </section>

      <div className="grid gap-6 lg:grid-cols-5">
        <section
          aria-labelledby="versions-title"
          className="rounded-2xl border border-zinc-200 bg-white shadow-sm lg:col-span-2 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <div className="border-b border-zinc-200 px-5 py-4 dark:border-zinc-800">
            <h2 id="versions-title" className="text-base font-semibold text-zinc-950 dark:text-white">
              {t('versions.title')}
            </h2>
            <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{t('versions.description')}</p>
          </div>
          {versions.length === 0 ? (
            <p className="px-5 py-8 text-center text-sm text-zinc-600 dark:text-zinc-400">{t('versions.empty')}</p>
          ) : (
            <ol className="max-h-[26rem] divide-y divide-zinc-100 overflow-y-auto dark:divide-zinc-800">
              {versions.map((version) => (
                <li key={version.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3.5">
                  <div className="min-w-0">
                    <p className="flex items-center gap-2 text-sm font-medium text-zinc-950 dark:text-white">
                      {t('versions.number', { number: version.number })}
                      {version.isLive && (
                        <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200 ring-inset dark:bg-emerald-950/60 dark:text-emerald-200 dark:ring-emerald-900">
                          {t('versions.live')}
                        </span>
                      )}
                    </p>
                    <p className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">
                      <time dateTime={version.createdAt.toISOString()} title={dateTime(version.createdAt)}>
                        {t('versions.published', { time: format.relativeTime(version.createdAt, now) })}
                      </time>
                    </p>
                  </div>
                  {!version.isLive && <RollbackButton siteId={site.id} versionId={version.id} number={version.number} liveNumber={live?.number ?? null} />}
                </li>
              ))}
            </ol>
          )}
          {versionCount > versions.length && (
            <p className="border-t border-zinc-200 px-5 py-3 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
              {t('versions.showing', { shown: versions.length, total: versionCount })}{' '}
              <Link
                href={`?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string')), versions: 'all' })}#versions-title`}
                className="rounded font-medium text-brand-700 hover:underline dark:text-brand-300"
              >
                {t('versions.showAll', { total: versionCount })}
              </Link>
            </p>
          )}
        </section>

        <section
          aria-labelledby="leads-title"
          className="rounded-2xl border border-zinc-200 bg-white shadow-sm lg:col-span-3 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <div className="flex flex-wrap items-start justify-between gap-3 border-b border-zinc-200 px-5 py-4 dark:border-zinc-800">
            <div className="min-w-0">
              <h2 id="leads-title" className="flex items-center gap-2 text-base font-semibold text-zinc-950 dark:text-white">
                {t('leads.title')}
                {leads.length > 0 && (
                  <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-700 tabular-nums dark:bg-zinc-800 dark:text-zinc-300">
                    {format.number(leads.length)}
                  </span>
                )}
              </h2>
              <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{t('leads.description')}</p>
            </div>
            {leads.length > 0 && (
              <Button asChild variant="secondary" size="sm">
                <a href={`/api/sites/${site.id}/leads`} download>
                  <Download className="size-3.5" />
                  {t('leads.export')}
                </a>
              </Button>
            )}
          </div>
          {leads.length === 0 ? (
            <div className="flex flex-col items-center px-5 py-10 text-center">
              <span className="flex size-11 items-center justify-center rounded-full bg-zinc-100 text-zinc-500 dark:bg-zinc-800 dark:text-zinc-400">
                <Inbox className="size-5" />
              </span>
              <p className="mt-3 text-sm font-medium text-zinc-950 dark:text-white">{t('leads.emptyTitle')}</p>
              <p className="mt-1 max-w-sm text-sm text-zinc-600 dark:text-zinc-400">{t('leads.emptyBody')}</p>
            </div>
          ) : (
            <ul className="max-h-[26rem] divide-y divide-zinc-100 overflow-y-auto dark:divide-zinc-800">
              {leads.map((lead) => (
                <li key={lead.id} className="px-5 py-3.5">
                  <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5">
                    <p className="min-w-0 text-sm">
                      <span className="font-medium text-zinc-950 dark:text-white">{lead.name}</span>
                      <span aria-hidden="true" className="px-1.5 text-zinc-400">
                        ·
                      </span>
                      <a href={`mailto:${lead.email}`} className="break-all text-brand-700 hover:underline dark:text-brand-300">
                        {lead.email}
                      </a>
                    </p>
                    <time
                      dateTime={lead.createdAt.toISOString()}
                      title={dateTime(lead.createdAt)}
                      className="shrink-0 text-xs text-zinc-500 dark:text-zinc-400"
                    >
                      {format.relativeTime(lead.createdAt, now)}
                    </time>
                  </div>
                  <p className="mt-1 line-clamp-2 text-sm text-zinc-600 dark:text-zinc-400">{lead.message}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <Card title={t('rename.title')} description={t('rename.description')}>
        <RenameSite key={site.name} siteId={site.id} name={site.name} />
      </Card>

      <section
        aria-labelledby="address-title"
        className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <h2 id="address-title" className="text-base font-semibold">
          {t('address.title')}
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t('address.description')}</p>
        <div className="mt-4">
          <ChangeAddress key={site.slug} siteId={site.id} slug={site.slug} parts={siteOriginParts()} isPublished={live !== null} />
          {addresses.subdomains.length > 0 && (
            <div className="mt-5 border-t border-zinc-100 pt-4 dark:border-zinc-800">
              <h3 className="text-sm font-medium text-zinc-950 dark:text-white">{t('address.historyTitle')}</h3>
              <ul className="mt-2 divide-y divide-zinc-100 dark:divide-zinc-800">
                {addresses.subdomains.toReversed().map((row) => {
                  const isRedirecting = row.redirectUntil !== null && row.redirectUntil > now;
                  return (
                    <li key={row.label} className="flex flex-col gap-0.5 py-2.5 text-sm sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                      <span className="min-w-0 font-medium break-all text-zinc-800 dark:text-zinc-200">
                        {siteOrigin(row.label).replace(/^https?:\/\//, '')}
                      </span>
                      {row.redirectUntil && (
                        <time dateTime={row.redirectUntil.toISOString()} className="shrink-0 text-xs text-zinc-600 dark:text-zinc-400">
                          {t(isRedirecting ? 'address.redirectsUntil' : 'address.freeSince', {
                            date: format.dateTime(row.redirectUntil, { dateStyle: 'medium' }),
                          })}
                        </time>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </div>
      </section>

      <section aria-labelledby="danger-title" className="rounded-2xl border border-red-200 bg-white shadow-sm dark:border-red-900/60 dark:bg-zinc-900">
        <h2 id="danger-title" className="border-b border-red-100 px-5 py-4 text-base font-semibold text-red-800 dark:border-red-900/60 dark:text-red-300">
          {t('danger.title')}
        </h2>
        <div className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {live && (
            <div className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <p className="text-sm font-medium text-zinc-950 dark:text-white">{t('danger.unpublishHeading')}</p>
                <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{t('danger.unpublishHint')}</p>
              </div>
              <UnpublishButton siteId={site.id} host={host} />
            </div>
          )}
          <div className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <p className="text-sm font-medium text-zinc-950 dark:text-white">{t('danger.deleteHeading')}</p>
              <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{t('danger.deleteHint')}</p>
            </div>
            <DeleteSite siteId={site.id} name={site.name} />
          </div>
        </div>
      </section>
    </div>
  );
}

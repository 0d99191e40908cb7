// The Sites list: one card per site (its look, name, address or "Draft only", last update),
// the "New site" button, and an inviting empty state for the first site.
import { ArrowUpRight, LayoutTemplate, PenLine, Plus, Rocket, Sparkles } from 'lucide-react';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/dashboard/EmptyState';
import { SitesIllustration } from '@/components/dashboard/illustrations';
import { PageHeader } from '@/components/dashboard/PageHeader';
import { SiteThumbnail } from '@/components/sites/SiteThumbnail';
import { Button } from '@/components/ui/Button';
import { siteOrigin } from '@/lib/publish/origin';
import { listSiteLooks, listSites } from '@/lib/sites/queries';

const steps = [
  { key: 'stepDescribe', Icon: Sparkles },
  { key: 'stepEdit', Icon: PenLine },
  { key: 'stepPublish', Icon: Rocket },
] as const;

export async function SitesOverview({ user }: { user: { id: string } }) {
  const [t, tTemplates, format, sites, looks] = await Promise.all([
    getTranslations('sites.overview'),
    getTranslations('sites.templates'),
    getFormatter(),
    listSites(user),
    listSiteLooks(user),
  ]);
  // The cards draw each site in its own palette and heading font.
  const lookOf = new Map(looks.map((look) => [look.siteId, look]));
  const now = new Date();

  const newSiteButton = (
    <>
      <Button asChild variant="secondary">
        <Link href="/dashboard/sites/templates">
          <LayoutTemplate className="size-4" />
          {tTemplates('browse')}
        </Link>
      </Button>
      <Button asChild>
        <Link href="/dashboard/sites/new">
          <Plus className="size-4" />
          {t('newSite')}
        </Link>
      </Button>
    </>
  );

  if (sites.length === 0) {
    return (
      <div className="space-y-8">
        <PageHeader title={t('title')} description={t('description')} />
        <EmptyState illustration={<SitesIllustration />} title={t('emptyTitle')}>
          <p className="mt-3 text-sm leading-6 text-pretty text-zinc-600 dark:text-zinc-400">{t('emptyBody')}</p>
          <ol className="mt-8 grid w-full gap-3 text-left sm:grid-cols-3">
            {steps.map(({ key, Icon }, index) => (
              <li
                key={key}
                className="flex items-center gap-3 rounded-xl border border-zinc-200 bg-white px-3 py-3 text-sm font-medium text-zinc-800 dark:border-zinc-700 dark:bg-zinc-800/60 dark:text-zinc-200"
              >
                <span className="relative flex size-8 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-700 dark:bg-brand-950 dark:text-brand-300">
                  <Icon className="size-5 shrink-0" strokeWidth={1.75} />
                  <span className="absolute -top-1.5 -right-1.5 flex size-4 items-center justify-center rounded-full bg-brand-600 text-[10px] font-semibold text-white">
                    {index + 1}
                  </span>
                </span>
                {t(key)}
              </li>
            ))}
          </ol>
          <div className="mt-8 flex flex-col items-center gap-3 sm:flex-row">
            <Button asChild size="lg" className="rounded-xl shadow-md shadow-brand-700/25">
              <Link href="/dashboard/sites/new">
                <Sparkles className="size-5 shrink-0" strokeWidth={1.75} />
                {t('emptyCta')}
              </Link>
            </Button>
            <Button asChild size="lg" variant="secondary" className="rounded-xl">
              <Link href="/dashboard/sites/templates">
                <LayoutTemplate className="size-4" />
                {tTemplates('browse')}
              </Link>
            </Button>
          </div>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="space-y-8">
      <PageHeader title={t('title')} description={t('description')} actions={newSiteButton} />
      <h2 className="sr-only">{t('listTitle', { count: sites.length })}</h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sites.map((site) => {
          const isLive = Boolean(site.publishedVersionId);
          const origin = siteOrigin(site.slug);
          const host = origin.replace(/^https?:\/\//, '');
          return (
            <li
              key={site.id}
              className="group relative flex flex-col overflow-hidden rounded-2xl border border-zinc-200 bg-white shadow-sm transition hover:-translate-y-0.5 hover:border-zinc-300 hover:shadow-md focus-within:border-brand-400 motion-reduce:transition-none motion-reduce:hover:translate-y-0 dark:border-zinc-800 dark:bg-zinc-900 dark:hover:border-zinc-700"
            >
              <SiteThumbnail look={lookOf.get(site.id) ?? null} className="aspect-[16/9] border-b border-zinc-200 dark:border-zinc-800" />
              <div className="flex flex-1 flex-col gap-3 p-4">
                <div className="flex items-start justify-between gap-3">
                  <h3 className="min-w-0 text-base font-semibold tracking-tight text-zinc-950 dark:text-white">
                    {/* The whole card opens the site; the live link below sits above this one. */}
                    <Link
                      href={`/dashboard/sites/${site.id}`}
                      className="block truncate rounded outline-none after:absolute after:inset-0 after:rounded-2xl after:content-[''] focus-visible:after:outline-2 focus-visible:after:outline-offset-2 focus-visible:after:outline-brand-500"
                    >
                      {site.name}
                    </Link>
                  </h3>
                  {isLive ? (
                    <span className="inline-flex shrink-0 items-center gap-1.5 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200 ring-inset dark:bg-emerald-950/60 dark:text-emerald-200 dark:ring-emerald-900">
                      <span className="size-1.5 rounded-full bg-emerald-500" aria-hidden="true" />
                      {t('live')}
                    </span>
                  ) : (
                    <span className="inline-flex shrink-0 items-center rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-700 ring-1 ring-zinc-200 ring-inset dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-700">
                      {t('draftOnly')}
                    </span>
                  )}
                </div>
                {isLive ? (
                  <a
                    href={`${origin}/`}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="relative z-10 inline-flex max-w-full items-center gap-1 self-start rounded text-sm text-brand-700 hover:underline dark:text-brand-300"
                  >
                    <span className="truncate">{host}</span>
                    <ArrowUpRight className="size-3.5 shrink-0" />
                    <span className="sr-only">{t('opensInNewTab')}</span>
                  </a>
                ) : (
                  <p className="truncate text-sm text-zinc-500 dark:text-zinc-400">{t('notPublished')}</p>
                )}
                <p className="mt-auto border-t border-zinc-100 pt-3 text-xs text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
                  <time dateTime={site.updatedAt.toISOString()} title={format.dateTime(site.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}>
                    {t('updated', { time: format.relativeTime(site.updatedAt, now) })}
                  </time>
                </p>
              </div>
            </li>
          );
        })}
        <li>
          <Link
            href="/dashboard/sites/new"
            className="flex h-full min-h-56 flex-col items-center justify-center gap-3 rounded-2xl border border-dashed border-zinc-300 p-6 text-center text-sm font-medium text-zinc-600 transition-colors hover:border-brand-400 hover:bg-brand-50/50 hover:text-brand-800 dark:border-zinc-700 dark:text-zinc-400 dark:hover:border-brand-700 dark:hover:bg-brand-950/30 dark:hover:text-brand-200"
          >
            <span className="flex size-10 items-center justify-center rounded-full bg-brand-50 text-brand-700 dark:bg-brand-950 dark:text-brand-300">
              <Plus className="size-5" />
            </span>
            {t('newSiteCard')}
          </Link>
        </li>
      </ul>
    </div>
  );
}

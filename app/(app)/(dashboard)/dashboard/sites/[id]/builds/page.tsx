// A site's Builds tab: every publish and export, newest first, with status, kind, time, duration
// and the key figures; each opens its log. Re-reads itself while one is queued or running.
import { ArrowLeft, ChevronRight, Download, Hammer } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { BuildStatus } from '@/components/sites/BuildStatus';
import { BuildsRefresher } from '@/components/sites/BuildsRefresher';
import { ExportButton } from '@/components/sites/ExportButton';
import { LighthouseScores } from '@/components/sites/LighthouseScores';
import { buildFormat } from '@/components/sites/build-format';
import { SiteTabs } from '@/components/sites/SiteTabs';
import { requireUser } from '@/lib/auth/require-user';
import { isLighthouseActive, lighthouseTrend } from '@/lib/builds/lighthouse-scores';
import { listBuilds } from '@/lib/builds/records';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { getSite } from '@/lib/sites/queries';

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const user = await requireUser();
  try {
    const [site, builds, lighthouse] = await Promise.all([getSite(user, id), listBuilds(user, id), lighthouseTrend(user, id)]);
    return { site, builds, lighthouse };
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sites.builds');
  return { title: t('title') };
}

export default async function BuildsPage({ params }: Props) {
  const { site, builds, lighthouse } = await load((await params).id);
  const [t, format] = await Promise.all([getTranslations('sites.builds'), getFormatter()]);
  const { kb, duration } = buildFormat(format);
  const now = new Date();
  const isActive = builds.some((b) => b.status === 'queued' || b.status === 'running' || isLighthouseActive(b.lighthouse, now.getTime()));

  return (
    <div className="space-y-6">
      <div>
        <Link
          href="/dashboard"
          className="inline-flex items-center gap-1.5 rounded text-sm font-medium text-zinc-600 hover:text-zinc-950 dark:text-zinc-400 dark:hover:text-white"
        >
          <ArrowLeft className="size-4" />
          {t('back')}
        </Link>
        <h1 className="mt-4 text-2xl font-semibold tracking-tight break-words text-zinc-950 sm:text-3xl dark:text-white">{site.name}</h1>
      </div>
      <SiteTabs siteId={site.id} active="builds" />
      <BuildsRefresher isActive={isActive} />
      <LighthouseScores trend={lighthouse} isOn={env.LIGHTHOUSE} />

      <section aria-labelledby="builds-title" className="rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <div className="flex flex-col gap-3 border-b border-zinc-200 px-5 py-4 sm:flex-row sm:items-start sm:justify-between dark:border-zinc-800">
          <div className="min-w-0">
            <h2 id="builds-title" className="text-base font-semibold text-zinc-950 dark:text-white">
              {t('title')}
            </h2>
            <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{t('description')}</p>
          </div>
          <ExportButton siteId={site.id} isPublished={site.publishedVersionId !== null} />
        </div>
        {builds.length === 0 ? (
          <div className="flex flex-col items-center px-5 py-12 text-center">
            <span className="flex size-11 items-center justify-center rounded-full bg-zinc-100 text-zinc-500 dark:bg-zinc-800 dark:text-zinc-400">
              <Hammer className="size-5" />
            </span>
            <p className="mt-3 text-sm font-medium text-zinc-950 dark:text-white">{t('emptyTitle')}</p>
            <p className="mt-1 max-w-sm text-sm text-zinc-600 dark:text-zinc-400">{t('emptyBody')}</p>
          </div>
        ) : (
          <ol className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {builds.map((build) => (
              <li key={build.id} className="flex items-center">
                <Link
                  href={`/dashboard/sites/${site.id}/builds/${build.id}`}
                  className="group flex min-w-0 flex-1 items-center gap-3 px-5 py-3.5 hover:bg-zinc-50 focus-visible:bg-zinc-50 dark:hover:bg-zinc-800/50 dark:focus-visible:bg-zinc-800/50"
                >
                  <div className="flex min-w-0 flex-1 flex-col gap-1.5 sm:flex-row sm:items-center sm:gap-4">
                    <div className="flex min-w-0 items-center gap-2.5 sm:w-72 sm:shrink-0">
                      <BuildStatus status={build.status} />
                      <span className="min-w-0 text-sm font-medium break-words text-zinc-950 sm:truncate dark:text-white">
                        {build.versionNumber === null
                          ? t(`kind.${build.kind}`)
                          : t('kindVersion', { kind: t(`kind.${build.kind}`), number: build.versionNumber })}
                      </span>
                    </div>
                    <p className="flex min-w-0 flex-wrap gap-x-3 gap-y-0.5 text-xs text-zinc-600 sm:flex-1 dark:text-zinc-400">
                      <time dateTime={build.createdAt.toISOString()}>{format.relativeTime(build.createdAt, now)}</time>
                      {build.durationMs !== null && <span>{t('took', { duration: duration(build.durationMs) })}</span>}
                      {build.metrics && (
                        <>
                          <span>{t('pages', { count: build.metrics.pages })}</span>
                          <span>{t('files', { count: build.metrics.files })}</span>
                          <span>{t('htmlSize', { size: kb(build.metrics.html.brotli) })}</span>
                        </>
                      )}
                      {build.bytes !== null && <span>{t('zipSize', { size: kb(build.bytes) })}</span>}
                      {build.error && <span className="w-full truncate text-red-700 dark:text-red-300">{build.error}</span>}
                    </p>
                  </div>
                  <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-zinc-400 group-hover:text-zinc-600" />
                </Link>
                {build.hasDownload && (
                  <a
                    href={`/dashboard/sites/${site.id}/builds/${build.id}/download`}
                    download
                    className="mr-4 inline-flex shrink-0 items-center gap-1.5 rounded-md px-2 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 dark:text-brand-300 dark:hover:bg-brand-950/40"
                  >
                    <Download className="size-4" />
                    <span className="sr-only sm:not-sr-only">{t('export.download')}</span>
                  </a>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

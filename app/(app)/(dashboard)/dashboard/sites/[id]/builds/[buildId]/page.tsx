// One build: its status, times and figures, the reason when it failed, and its log step by step.
import { ArrowLeft, Download } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { BuildStatus } from '@/components/sites/BuildStatus';
import { CancelBuildButton } from '@/components/sites/CancelBuildButton';
import { BuildsRefresher } from '@/components/sites/BuildsRefresher';
import { buildFormat } from '@/components/sites/build-format';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { requireUser } from '@/lib/auth/require-user';
import { getBuild } from '@/lib/builds/records';
import { isAppError } from '@/lib/errors';

type Props = { params: Promise<{ id: string; buildId: string }> };

const knownSteps = new Set(['prepare', 'assets', 'render', 'compress', 'store', 'read', 'zip', 'upload', 'cancel', 'lighthouse']);

async function load(siteId: string, buildId: string) {
  const user = await requireUser();
  try {
    return await getBuild(user, siteId, buildId);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sites.builds');
  return { title: t('logTitle') };
}

export default async function BuildPage({ params }: Props) {
  const { id, buildId } = await params;
  const build = await load(id, buildId);
  const [t, format] = await Promise.all([getTranslations('sites.builds'), getFormatter()]);
  const { kb, duration } = buildFormat(format);
  const m = build.metrics;
  const dateTime = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'medium' });
  const kind = t(`kind.${build.kind}`);
  const figures = m
    ? [
        { label: t('metrics.pages'), value: format.number(m.pages) },
        { label: t('metrics.files'), value: format.number(m.files) },
        { label: t('metrics.html'), value: t('metrics.sizes', { raw: kb(m.html.raw), gzip: kb(m.html.gzip), brotli: kb(m.html.brotli) }) },
        { label: t('metrics.css'), value: t('metrics.cssSizes', { raw: kb(m.css.raw), gzip: kb(m.css.gzip) }) },
        {
          label: t('metrics.images'),
          value: t('metrics.imageSizes', { files: m.images.files, raw: kb(m.images.raw), gzip: kb(m.images.gzip), uploaded: m.images.uploaded }),
        },
        ...(m.largestPage ? [{ label: t('metrics.largestPage'), value: t('metrics.largest', { path: m.largestPage.path, size: kb(m.largestPage.raw) }) }] : []),
        { label: t('metrics.total'), value: duration(m.totalMs) },
      ]
    : [];

  return (
    <div className="space-y-6">
      <Link
        href={`/dashboard/sites/${id}/builds`}
        className="inline-flex items-center gap-1.5 rounded text-sm font-medium text-zinc-600 hover:text-zinc-950 dark:text-zinc-400 dark:hover:text-white"
      >
        <ArrowLeft className="size-4" />
        {t('backToBuilds')}
      </Link>
      <BuildsRefresher isActive={build.status === 'queued' || build.status === 'running'} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight text-zinc-950 dark:text-white">
          {build.versionNumber === null ? kind : t('kindVersion', { kind, number: build.versionNumber })}
        </h1>
        <BuildStatus status={build.status} />
        {build.kind !== 'publish' && (build.status === 'queued' || build.status === 'running') && <CancelBuildButton siteId={id} buildId={build.id} />}
        {build.hasDownload && (
          <Button asChild variant="secondary" size="sm" className="sm:ml-auto">
            <a href={`/dashboard/sites/${id}/builds/${build.id}/download`} download>
              <Download className="size-3.5" />
              {t('export.download')}
            </a>
          </Button>
        )}
      </div>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-zinc-500 dark:text-zinc-400">{t('requested')}</dt>
          <dd className="font-medium text-zinc-950 dark:text-white">
            <time dateTime={build.createdAt.toISOString()}>{dateTime(build.createdAt)}</time>
          </dd>
        </div>
        {build.finishedAt && (
          <div>
            <dt className="text-zinc-500 dark:text-zinc-400">{t('finished')}</dt>
            <dd className="font-medium text-zinc-950 dark:text-white">
              <time dateTime={build.finishedAt.toISOString()}>{dateTime(build.finishedAt)}</time>
            </dd>
          </div>
        )}
        {build.durationMs !== null && (
          <div>
            <dt className="text-zinc-500 dark:text-zinc-400">{t('duration')}</dt>
            <dd className="font-medium text-zinc-950 dark:text-white">{duration(build.durationMs)}</dd>
          </div>
        )}
      </dl>

      {build.error && (
        <Alert tone="error">
          <p className="font-medium">{t('failedBecause')}</p>
          <p className="mt-0.5">{build.error}</p>
        </Alert>
      )}

      {figures.length > 0 && (
        <section aria-labelledby="metrics-title" className="rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
          <h2 id="metrics-title" className="text-base font-semibold text-zinc-950 dark:text-white">
            {t('metrics.title')}
          </h2>
          <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
            {figures.map((figure) => (
              <div key={figure.label} className="min-w-0">
                <dt className="text-xs text-zinc-500 dark:text-zinc-400">{figure.label}</dt>
                <dd className="text-sm font-medium break-words text-zinc-950 tabular-nums dark:text-white">{figure.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <section aria-labelledby="log-title" className="rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <h2 id="log-title" className="border-b border-zinc-200 px-5 py-4 text-base font-semibold text-zinc-950 dark:border-zinc-800 dark:text-white">
          {t('logTitle')}
        </h2>
        {build.log.length === 0 ? (
          <p className="px-5 py-8 text-center text-sm text-zinc-600 dark:text-zinc-400">{t('logEmpty')}</p>
        ) : (
          <ol className="divide-y divide-zinc-100 font-mono text-xs dark:divide-zinc-800">
            {build.log.map((line, i) => (
              <li key={i} className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-0.5 px-5 py-2.5 sm:grid-cols-[6rem_8rem_1fr_auto]">
                <time dateTime={line.at} className="hidden text-zinc-500 sm:block dark:text-zinc-400">
                  {format.dateTime(new Date(line.at), { hour: '2-digit', minute: '2-digit', second: '2-digit' })}
                </time>
                <span className="font-semibold text-zinc-950 dark:text-white">{knownSteps.has(line.step) ? t(`step.${line.step}`) : line.step}</span>
                <span className="col-span-2 row-start-2 break-words text-zinc-700 sm:col-span-1 sm:row-start-auto dark:text-zinc-300">{line.message}</span>
                <span className="col-start-2 row-start-1 text-right text-zinc-500 tabular-nums sm:col-start-auto sm:row-start-auto dark:text-zinc-400">
                  {duration(line.ms)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

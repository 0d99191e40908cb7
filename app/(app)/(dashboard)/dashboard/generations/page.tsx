// Generations: every site the owner asked for, with totals by generator and model (count, success,
// tokens, cost, average time) and the recent requests, exportable as CSV.
import { Download, Sparkles } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/dashboard/EmptyState';
import { UsageIllustration } from '@/components/dashboard/illustrations';
import { PageHeader } from '@/components/dashboard/PageHeader';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';
import { requireUser } from '@/lib/auth/require-user';
import { generationTotals, listGenerations } from '@/lib/generate/records';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sites.generations');
  return { title: t('metaTitle') };
}

const RECENT = 100;

const statusTone: Record<string, string> = {
  succeeded: 'bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950/60 dark:text-emerald-200 dark:ring-emerald-900',
  failed: 'bg-red-50 text-red-800 ring-red-200 dark:bg-red-950/60 dark:text-red-200 dark:ring-red-900',
  running: 'bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950/60 dark:text-sky-200 dark:ring-sky-900',
};

export default async function GenerationsPage() {
  const user = await requireUser();
  const [t, format, totals, generations] = await Promise.all([
    getTranslations('sites.generations'),
    getFormatter(),
    generationTotals(user),
    listGenerations(user, { take: RECENT }),
  ]);
  const now = new Date();
  const usd = (micros: number) =>
    format.number(micros / 1_000_000, {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: 2,
      maximumFractionDigits: micros > 0 && micros < 10_000 ? 4 : 2,
    });
  const duration = (ms: number) =>
    ms < 1000
      ? format.number(ms, { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0 })
      : format.number(ms / 1000, { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 1 });
  const statusLabel = (status: string) => (t.has(`status.${status}`) ? t(`status.${status}`) : status);
  // AI on one section (from the editor) is marked with what it did.
  const sectionLabel = (g: { kind: string; options: unknown }) => {
    if (g.kind !== 'section') return null;
    const op = g.options && typeof g.options === 'object' ? String((g.options as { op?: unknown }).op ?? '') : '';
    return t.has(`sectionOps.${op}`) ? t(`sectionOps.${op}`) : t('sectionKind');
  };
  const sectionChip = (g: { kind: string; options: unknown }) => {
    const label = sectionLabel(g);
    return label ? (
      <span className="mr-1.5 inline-block rounded-md bg-brand-50 px-1.5 py-0.5 align-middle text-xs font-medium text-brand-800 dark:bg-brand-950 dark:text-brand-200">
        {label}
      </span>
    ) : null;
  };

  if (generations.length === 0) {
    return (
      <div className="space-y-8">
        <PageHeader title={t('title')} description={t('description')} />
        <EmptyState illustration={<UsageIllustration />} title={t('emptyTitle')}>
          <p className="mt-3 text-sm leading-6 text-pretty text-zinc-600 dark:text-zinc-400">{t('emptyBody')}</p>
          <Button asChild size="lg" className="mt-8 rounded-xl">
            <Link href="/dashboard/sites/new">
              <Sparkles className="size-5 shrink-0" strokeWidth={1.75} />
              {t('emptyCta')}
            </Link>
          </Button>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="space-y-10">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button asChild variant="secondary">
            <a href="/api/generations/export" download>
              <Download className="size-4" />
              {t('export')}
            </a>
          </Button>
        }
      />

      <section aria-labelledby="totals-title" className="space-y-4">
        <h2 id="totals-title" className="text-base font-semibold text-zinc-950 dark:text-white">
          {t('totalsTitle')}
        </h2>
        <ul className="grid gap-4">
          {totals.map((row) => {
            const stats = [
              { label: t('totals.count'), value: format.number(row.count) },
              {
                label: t('totals.succeeded'),
                value: format.number(row.succeeded),
                note: row.count ? format.number(row.succeeded / row.count, { style: 'percent' }) : null,
              },
              {
                label: t('totals.tokens'),
                value: format.number(row.promptTokens + row.completionTokens),
                note: t('totals.tokensSplit', { prompt: format.number(row.promptTokens), completion: format.number(row.completionTokens) }),
              },
              { label: t('totals.cost'), value: usd(row.costMicros) },
              { label: t('totals.average'), value: duration(row.averageMs) },
            ];
            return (
              <li
                key={`${row.generator}:${row.model}`}
                className="overflow-hidden rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
              >
                <h3 className="flex flex-wrap items-center gap-2 border-b border-zinc-200 px-5 py-3 text-sm font-semibold text-zinc-950 dark:border-zinc-800 dark:text-white">
                  <span className="rounded-md bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800 dark:bg-brand-950 dark:text-brand-200">
                    {t.has(`generators.${row.generator}`) ? t(`generators.${row.generator}`) : row.generator}
                  </span>
                  <span className="font-mono text-xs font-medium text-zinc-600 dark:text-zinc-400">{row.model}</span>
                </h3>
                <dl className="grid grid-cols-2 gap-px bg-zinc-100 lg:grid-cols-5 dark:bg-zinc-800">
                  {stats.map((stat) => (
                    <div key={stat.label} className="bg-white px-5 py-4 last:col-span-2 lg:last:col-span-1 dark:bg-zinc-900">
                      <dt className="text-xs text-zinc-600 dark:text-zinc-400">{stat.label}</dt>
                      <dd className="mt-1 text-xl font-semibold tracking-tight text-zinc-950 tabular-nums dark:text-white">{stat.value}</dd>
                      {stat.note && <dd className="mt-0.5 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">{stat.note}</dd>}
                    </div>
                  ))}
                </dl>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="recent-title" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="recent-title" className="text-base font-semibold text-zinc-950 dark:text-white">
            {t('recentTitle')}
          </h2>
          {generations.length >= RECENT && <p className="text-xs text-zinc-500 dark:text-zinc-400">{t('recentLimit', { count: RECENT })}</p>}
        </div>

        {/* Phones get a list; wider screens a table. */}
        <ul className="divide-y divide-zinc-100 overflow-hidden rounded-2xl border border-zinc-200 bg-white shadow-sm md:hidden dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {generations.map((g) => (
            <li key={g.id} className="space-y-2 px-4 py-3.5">
              <div className="flex items-start justify-between gap-3">
                <p className="line-clamp-2 min-w-0 text-sm font-medium text-zinc-950 dark:text-white">
                  {sectionChip(g)}
                  {g.prompt}
                </p>
                <span className={cn('shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset', statusTone[g.status] ?? statusTone.running)}>
                  {statusLabel(g.status)}
                </span>
              </div>
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500 dark:text-zinc-400">
                <time dateTime={g.createdAt.toISOString()}>{format.relativeTime(g.createdAt, now)}</time>
                <span aria-hidden="true">·</span>
                <span className="font-mono">{g.model}</span>
                {g.cached && (
                  <span className="rounded-full bg-violet-50 px-1.5 py-0.5 font-medium text-violet-800 dark:bg-violet-950 dark:text-violet-200">
                    {t('cached')}
                  </span>
                )}
                <span aria-hidden="true">·</span>
                <span className="tabular-nums">{duration(g.durationMs)}</span>
                <span aria-hidden="true">·</span>
                <span className="tabular-nums">{usd(g.costMicros)}</span>
              </p>
              {g.siteId && (
                <Link
                  href={`/dashboard/sites/${g.siteId}`}
                  className="inline-block rounded text-sm font-medium text-brand-700 hover:underline dark:text-brand-300"
                >
                  {t('openSite')}
                </Link>
              )}
            </li>
          ))}
        </ul>

        <div className="hidden overflow-x-auto rounded-2xl border border-zinc-200 bg-white shadow-sm md:block dark:border-zinc-800 dark:bg-zinc-900">
          <table className="w-full min-w-[56rem] text-left text-sm">
            <caption className="sr-only">{t('recentTitle')}</caption>
            <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-medium text-zinc-600 dark:border-zinc-800 dark:bg-zinc-950/50 dark:text-zinc-400">
              <tr>
                <th scope="col" className="px-4 py-2.5 font-medium">
                  {t('columns.date')}
                </th>
                <th scope="col" className="px-4 py-2.5 font-medium">
                  {t('columns.prompt')}
                </th>
                <th scope="col" className="px-4 py-2.5 font-medium">
                  {t('columns.model')}
                </th>
                <th scope="col" className="px-4 py-2.5 font-medium">
                  {t('columns.status')}
                </th>
                <th scope="col" className="px-4 py-2.5 text-right font-medium">
                  {t('columns.tokens')}
                </th>
                <th scope="col" className="px-4 py-2.5 text-right font-medium">
                  {t('columns.cost')}
                </th>
                <th scope="col" className="px-4 py-2.5 text-right font-medium">
                  {t('columns.duration')}
                </th>
                <th scope="col" className="px-4 py-2.5 font-medium">
                  <span className="sr-only">{t('columns.site')}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {generations.map((g) => (
                <tr key={g.id} className="align-top hover:bg-zinc-50/70 dark:hover:bg-zinc-800/40">
                  <td className="px-4 py-3 whitespace-nowrap text-zinc-600 dark:text-zinc-400">
                    <time dateTime={g.createdAt.toISOString()} title={format.dateTime(g.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}>
                      {format.relativeTime(g.createdAt, now)}
                    </time>
                  </td>
                  <td className="max-w-72 px-4 py-3">
                    <p className="line-clamp-2 text-zinc-950 dark:text-white" title={g.prompt}>
                      {sectionChip(g)}
                      {g.prompt}
                    </p>
                    {g.status === 'failed' && g.error && (
                      <p className="mt-0.5 line-clamp-1 text-xs text-red-700 dark:text-red-400" title={g.error}>
                        {g.error}
                      </p>
                    )}
                  </td>
                  <td className="px-4 py-3 whitespace-nowrap">
                    <span className="text-zinc-950 dark:text-white">{t.has(`generators.${g.generator}`) ? t(`generators.${g.generator}`) : g.generator}</span>
                    <span className="block font-mono text-xs text-zinc-500 dark:text-zinc-400">{g.model}</span>
                  </td>
                  <td className="px-4 py-3 whitespace-nowrap">
                    <span className="flex flex-wrap items-center gap-1.5">
                      <span className={cn('rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset', statusTone[g.status] ?? statusTone.running)}>
                        {statusLabel(g.status)}
                      </span>
                      {g.cached && (
                        <span
                          className="rounded-full bg-violet-50 px-2 py-0.5 text-xs font-medium text-violet-800 ring-1 ring-violet-200 ring-inset dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-900"
                          title={t('cachedHint')}
                        >
                          {t('cached')}
                        </span>
                      )}
                    </span>
                  </td>
                  <td className="px-4 py-3 text-right whitespace-nowrap text-zinc-700 tabular-nums dark:text-zinc-300">
                    {format.number(g.promptTokens + g.completionTokens)}
                  </td>
                  <td className="px-4 py-3 text-right whitespace-nowrap text-zinc-700 tabular-nums dark:text-zinc-300">{usd(g.costMicros)}</td>
                  <td className="px-4 py-3 text-right whitespace-nowrap text-zinc-700 tabular-nums dark:text-zinc-300">{duration(g.durationMs)}</td>
                  <td className="px-4 py-3 text-right whitespace-nowrap">
                    {g.siteId && (
                      <Link href={`/dashboard/sites/${g.siteId}`} className="rounded font-medium text-brand-700 hover:underline dark:text-brand-300">
                        {t('openSite')}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}

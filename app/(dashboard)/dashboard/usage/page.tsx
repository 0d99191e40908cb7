// Usage: credits, sites and domains against the plan's limits. Empty until there is something to count.
import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/dashboard/EmptyState';
import { UsageIllustration } from '@/components/dashboard/illustrations';
import { PageHeader } from '@/components/dashboard/PageHeader';
import { getPlan } from '@/components/marketing/plans';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard.usage');
  return { title: t('metaTitle') };
}

export default async function UsagePage() {
  const [t, format] = await Promise.all([getTranslations('dashboard.usage'), getFormatter()]);
  const { limits } = getPlan('free');
  const stats = [
    { label: t('limitSites'), value: t('limitValue', { limit: limits.sites }) },
    { label: t('limitCredits'), value: t('creditsPerMonth', { count: format.number(limits.monthlyCredits) }) },
    { label: t('limitDomains'), value: t('limitValue', { limit: limits.customDomains }) },
  ];
  return (
    <div className="space-y-8">
      <PageHeader title={t('title')} description={t('description')} />
      <EmptyState illustration={<UsageIllustration />} title={t('emptyTitle')}>
        <p className="mt-3 text-sm leading-6 text-pretty text-zinc-600 dark:text-zinc-400">{t('emptyBody')}</p>
      </EmptyState>
      <section aria-labelledby="limits-title">
        <h2 id="limits-title" className="text-base font-semibold text-zinc-950 dark:text-white">
          {t('limitsTitle')}
        </h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-3">
          {stats.map((stat) => (
            <div
              key={stat.label}
              className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
            >
              <dt className="text-sm text-zinc-600 dark:text-zinc-400">{stat.label}</dt>
              <dd className="mt-1 text-2xl font-semibold tracking-tight text-zinc-950 dark:text-white">{stat.value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

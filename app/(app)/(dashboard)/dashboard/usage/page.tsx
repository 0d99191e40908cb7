// Usage: generation credits used per day this period against the plan, the projected overage,
// and the plan's limits.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/dashboard/PageHeader';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { requireUser } from '@/lib/auth/require-user';
import { moneyFormat } from '@/lib/billing/plans';
import { getUsage } from '@/lib/billing/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('billing.usage');
  return { title: t('metaTitle') };
}

export default async function UsagePage() {
  const user = await requireUser();
  const [t, format, usage] = await Promise.all([getTranslations('billing.usage'), getFormatter(), getUsage(user.id)]);
  const { limits } = usage.plan;
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const peak = Math.max(1, ...usage.days.map((d) => d.credits));
  const stats = [
    { label: t('used'), value: t('usedValue', { used: usage.used, allowance: usage.allowance }) },
    { label: t('projected'), value: t('projectedValue', { count: usage.projected }) },
    {
      label: t('projectedOverage'),
      value:
        usage.plan.overageCreditCents && usage.currency
          ? t('projectedOverageValue', {
              credits: usage.projectedOverageCredits,
              amount: format.number(usage.projectedOverageCents / 100, moneyFormat(usage.currency, usage.projectedOverageCents)),
            })
          : t('noOverage'),
    },
  ];
  const limitStats = [
    { label: t('limitSites'), value: t('limitValue', { limit: limits.sites }) },
    { label: t('limitCredits'), value: t('creditsPerMonth', { count: format.number(limits.monthlyCredits) }) },
    { label: t('limitDomains'), value: t('limitValue', { limit: limits.customDomains }) },
  ];
  const period = t('period', {
    start: format.dateTime(new Date(usage.period.start), { dateStyle: 'medium', timeZone: 'UTC' }),
    end: format.dateTime(new Date(new Date(usage.period.end).getTime() - 1), { dateStyle: 'medium', timeZone: 'UTC' }),
  });

  return (
    <div className="space-y-8">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button asChild variant="secondary">
            <Link href="/dashboard/billing">{t('managePlan')}</Link>
          </Button>
        }
      />
      <dl className="grid gap-4 sm:grid-cols-3">
        {stats.map((stat) => (
          <div key={stat.label} className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
            <dt className="text-sm text-zinc-600 dark:text-zinc-400">{stat.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tracking-tight text-zinc-950 dark:text-white">{stat.value}</dd>
          </div>
        ))}
      </dl>

      <Card title={t('chartTitle')} description={period}>
        {usage.used === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('chartEmpty')}</p>
        ) : (
          <ol className="flex h-40 items-end gap-1" aria-label={t('chartTitle')}>
            {usage.days.map((d) => (
              <li key={d.date} className="flex h-full min-w-0 flex-1 flex-col justify-end" title={t('dayLabel', { date: day(d.date), count: d.credits })}>
                <span className="sr-only">{t('dayLabel', { date: day(d.date), count: d.credits })}</span>
                <span
                  aria-hidden="true"
                  className={d.credits ? 'block rounded-t bg-brand-600 dark:bg-brand-500' : 'block h-px bg-zinc-200 dark:bg-zinc-700'}
                  style={d.credits ? { height: `${Math.max(6, (d.credits / peak) * 100)}%` } : undefined}
                />
              </li>
            ))}
          </ol>
        )}
      </Card>

      <section aria-labelledby="limits-title">
        <h2 id="limits-title" className="text-base font-semibold text-zinc-950 dark:text-white">
          {t('limitsTitle')}
        </h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-3">
          {limitStats.map((stat) => (
            <div key={stat.label} className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
              <dt className="text-sm text-zinc-600 dark:text-zinc-400">{stat.label}</dt>
              <dd className="mt-1 text-2xl font-semibold tracking-tight text-zinc-950 dark:text-white">{stat.value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

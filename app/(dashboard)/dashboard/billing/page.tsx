// Billing: the owner's plan and invoices. Payments are off on this server, so everyone is on Free.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/dashboard/PageHeader';
import { AlertIcon, CheckIcon, MinusIcon } from '@/components/marketing/icons';
import { getPlan } from '@/components/marketing/plans';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard.billing');
  return { title: t('metaTitle') };
}

export default async function BillingPage() {
  const [t, tPlans] = await Promise.all([getTranslations('dashboard.billing'), getTranslations('marketing.plans')]);
  const free = getPlan('free');
  const entitlements = [
    { text: tPlans('sites', { count: free.limits.sites }), isLimit: false },
    { text: tPlans('domains', { count: free.limits.customDomains }), isLimit: true },
    { text: tPlans('credits', { count: free.limits.monthlyCredits }), isLimit: false },
    { text: tPlans('badge'), isLimit: true },
  ];
  return (
    <div className="space-y-8">
      <PageHeader title={t('title')} description={t('description')} />

      <div
        role="status"
        className="flex gap-3 rounded-xl border border-amber-200 bg-amber-50 px-4 py-4 text-amber-950 dark:border-amber-900/70 dark:bg-amber-950/40 dark:text-amber-100"
      >
        <AlertIcon className="mt-0.5 text-amber-700 dark:text-amber-300" />
        <div>
          <h2 className="text-sm font-semibold">{t('notConfiguredTitle')}</h2>
          <p className="mt-1 text-sm leading-6 text-amber-900 dark:text-amber-200">{t('notConfiguredBody')}</p>
        </div>
      </div>

      <section
        aria-labelledby="current-plan"
        className="rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      >
        <div className="flex flex-col gap-4 p-6 sm:flex-row sm:items-start sm:justify-between">
          <div>
            <p className="text-sm font-medium text-zinc-600 dark:text-zinc-400">{t('currentPlan')}</p>
            <h2 id="current-plan" className="mt-1 text-2xl font-semibold tracking-tight text-zinc-950 dark:text-white">
              {t('freePlan')}
            </h2>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t('freePrice')}</p>
          </div>
          <Button asChild variant="secondary">
            <Link href="/pricing">{t('comparePlans')}</Link>
          </Button>
        </div>
        <div className="border-t border-zinc-200 p-6 dark:border-zinc-800">
          <h3 className="text-sm font-semibold text-zinc-950 dark:text-white">{t('includes')}</h3>
          <ul className="mt-4 grid gap-3 text-sm text-zinc-700 sm:grid-cols-2 dark:text-zinc-300">
            {entitlements.map(({ text, isLimit }) => (
              <li key={text} className="flex gap-3">
                {isLimit ? (
                  <MinusIcon className="size-4 translate-y-0.5 text-zinc-400 dark:text-zinc-500" />
                ) : (
                  <CheckIcon className="size-4 translate-y-0.5 text-brand-600 dark:text-brand-400" />
                )}
                {text}
              </li>
            ))}
          </ul>
        </div>
      </section>

      <Card title={t('invoicesTitle')}>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('invoicesEmpty')}</p>
      </Card>
    </div>
  );
}

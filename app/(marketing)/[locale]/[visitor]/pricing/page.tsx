// Pricing: the three plans, monthly or yearly, in the visitor's currency, and a comparison table.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { BillingPeriodTabs } from '@/components/marketing/BillingPeriodTabs';
import { PlanCards } from '@/components/marketing/PlanCards';
import { PlanComparison } from '@/components/marketing/PlanComparison';
import { marketingLocale, type MarketingParams } from '@/components/shell/marketing-locale';

export async function generateMetadata({ params }: { params: MarketingParams }): Promise<Metadata> {
  await marketingLocale(params);
  const t = await getTranslations('marketing.pricing');
  return { title: t('metaTitle'), description: t('metaDescription') };
}

export default async function PricingPage({ params }: { params: MarketingParams }) {
  await marketingLocale(params);
  const t = await getTranslations('marketing.pricing');
  return (
    <div className="relative isolate">
      <div
        aria-hidden="true"
        className="absolute inset-x-0 top-0 -z-10 h-[32rem] bg-[radial-gradient(55%_60%_at_50%_0%,var(--color-brand-100),transparent_70%)] dark:bg-[radial-gradient(55%_60%_at_50%_0%,var(--color-brand-900),transparent_70%)] dark:opacity-70"
      />
      <div className="mx-auto max-w-6xl px-4 pt-16 pb-20 sm:px-6 sm:pt-24 sm:pb-28">
        <header className="mx-auto max-w-3xl text-center">
          <p className="text-sm font-semibold tracking-wide text-brand-700 dark:text-brand-300">{t('eyebrow')}</p>
          <h1 className="mt-3 text-4xl font-semibold tracking-tight text-balance text-zinc-950 sm:text-5xl dark:text-white">{t('title')}</h1>
          <p className="mx-auto mt-5 max-w-2xl text-base leading-7 text-pretty text-zinc-600 sm:text-lg dark:text-zinc-400">{t('subtitle')}</p>
        </header>

        <div className="mt-12">
          <BillingPeriodTabs monthly={<PlanCards period="monthly" />} yearly={<PlanCards period="yearly" />} />
        </div>

        <div className="mx-auto mt-10 max-w-3xl space-y-2 text-center text-sm text-zinc-600 dark:text-zinc-400">
          <p>{t('creditsNote')}</p>
          <p>{t('currencyNote')}</p>
        </div>

        <PlanComparison />

        <p className="mt-14 text-center text-sm text-zinc-600 dark:text-zinc-400">
          {t('questions')}{' '}
          <Link href="/#faq" className="font-medium text-brand-700 underline-offset-4 hover:underline dark:text-brand-300">
            {t('questionsLink')}
          </Link>
        </p>
      </div>
    </div>
  );
}

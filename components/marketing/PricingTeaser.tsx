// The landing page's short pricing section: the three plans' monthly prices, linking to /pricing.
import { ArrowRight, Check } from 'lucide-react';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { currencyFor, moneyFormat, plans } from '@/lib/billing/plans';
import { SectionHeading } from '@/components/marketing/SectionHeading';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';

export async function PricingTeaser() {
  const [t, tPlans, format, locale] = await Promise.all([
    getTranslations('marketing.home.pricing'),
    getTranslations('marketing.plans'),
    getFormatter(),
    getLocale(),
  ]);
  const currency = currencyFor(locale);
  return (
    <section aria-labelledby="pricing-teaser-title" className="border-y border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/40">
      <div className="mx-auto max-w-6xl px-4 py-20 sm:px-6 sm:py-28">
        <SectionHeading id="pricing-teaser-title" eyebrow={t('eyebrow')} title={t('title')} subtitle={t('subtitle')} />
        <ul className="mx-auto mt-14 grid max-w-5xl gap-5 md:grid-cols-3">
          {plans.map((plan) => {
            const cents = plan.prices[currency].monthly;
            return (
              <li
                key={plan.id}
                className={cn(
                  'rounded-2xl border bg-white p-6 shadow-sm dark:bg-zinc-950',
                  plan.isFeatured ? 'border-brand-300 ring-1 ring-brand-300 dark:border-brand-700 dark:ring-brand-700' : 'border-zinc-200 dark:border-zinc-800',
                )}
              >
                <div className="flex items-center justify-between gap-3">
                  <h3 className="text-base font-semibold text-zinc-950 dark:text-white">{tPlans(`${plan.id}Name`)}</h3>
                  {plan.isFeatured && <span className="rounded-full bg-brand-600 px-2.5 py-0.5 text-xs font-semibold text-white">{t('featured')}</span>}
                </div>
                <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{tPlans(`${plan.id}Description`)}</p>
                <p className="mt-3 flex items-baseline gap-1">
                  <span className="text-3xl font-semibold tracking-tight text-zinc-950 dark:text-white">
                    {format.number(cents / 100, moneyFormat(currency, cents))}
                  </span>
                  <span className="text-sm text-zinc-600 dark:text-zinc-400">{t('perMonth')}</span>
                </p>
                <ul className="mt-5 space-y-2 text-sm text-zinc-700 dark:text-zinc-300">
                  <li className="flex gap-2">
                    <Check className="size-5 shrink-0 translate-y-0.5 text-brand-600 dark:text-brand-400" strokeWidth={1.75} />
                    {tPlans('sites', { count: plan.limits.sites })}
                  </li>
                  <li className="flex gap-2">
                    <Check className="size-5 shrink-0 translate-y-0.5 text-brand-600 dark:text-brand-400" strokeWidth={1.75} />
                    {tPlans('domains', { count: plan.limits.customDomains })}
                  </li>
                  <li className="flex gap-2">
                    <Check className="size-5 shrink-0 translate-y-0.5 text-brand-600 dark:text-brand-400" strokeWidth={1.75} />
                    {tPlans('credits', { count: plan.limits.monthlyCredits })}
                  </li>
                </ul>
              </li>
            );
          })}
        </ul>
        <div className="mt-10 flex justify-center">
          <Button asChild variant="secondary" size="lg" className="rounded-xl">
            <Link href="/pricing">
              {t('compare')}
              <ArrowRight className="size-5 shrink-0" strokeWidth={1.75} />
            </Link>
          </Button>
        </div>
      </div>
    </section>
  );
}

// The three plan cards for one billing period, priced in the visitor's currency.
import { Check, Minus } from 'lucide-react';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { currencyFor, moneyFormat, plans, type BillingPeriod } from '@/lib/billing/plans';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';

export async function PlanCards({ period }: { period: BillingPeriod }) {
  const [t, tPlans, format, locale] = await Promise.all([
    getTranslations('marketing.pricing'),
    getTranslations('marketing.plans'),
    getFormatter(),
    getLocale(),
  ]);
  const currency = currencyFor(locale);
  const money = (cents: number) => format.number(cents / 100, moneyFormat(currency, cents));

  return (
    <ul className="grid gap-6 lg:grid-cols-3 lg:items-stretch">
      {plans.map((plan) => {
        const cents = plan.prices[currency][period];
        const isFree = cents === 0;
        const monthlyEquivalent = Math.round(cents / 12);
        const name = tPlans(`${plan.id}Name`);
        const entitlements = [
          { text: tPlans('sites', { count: plan.limits.sites }), isLimit: false },
          { text: tPlans('domains', { count: plan.limits.customDomains }), isLimit: plan.limits.customDomains === 0 },
          { text: tPlans('credits', { count: plan.limits.monthlyCredits }), isLimit: false },
          { text: plan.hasBadge ? tPlans('badge') : tPlans('noBadge'), isLimit: plan.hasBadge },
        ];
        return (
          <li
            key={plan.id}
            className={cn(
              'relative flex flex-col rounded-2xl border bg-white p-6 shadow-sm sm:p-8 dark:bg-zinc-900',
              plan.isFeatured
                ? 'border-brand-400 shadow-xl shadow-brand-900/10 ring-1 ring-brand-400 dark:border-brand-500 dark:ring-brand-500'
                : 'border-zinc-200 dark:border-zinc-800',
            )}
          >
            <div className="flex items-center justify-between gap-3">
              <h2 className="text-lg font-semibold text-zinc-950 dark:text-white">{name}</h2>
              {plan.isFeatured && <span className="rounded-full bg-brand-600 px-2.5 py-1 text-xs font-semibold text-white">{t('featured')}</span>}
            </div>
            <p className="mt-2 min-h-12 text-sm leading-6 text-zinc-600 dark:text-zinc-400">{tPlans(`${plan.id}Description`)}</p>
            <p className="mt-6 flex items-baseline gap-1">
              <span className="text-4xl font-semibold tracking-tight text-zinc-950 dark:text-white">{money(cents)}</span>
              <span className="text-sm font-medium text-zinc-600 dark:text-zinc-400">{period === 'monthly' ? t('perMonth') : t('perYear')}</span>
            </p>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              {isFree ? t('forever') : period === 'monthly' ? t('billedMonthly') : t('yearlyEquivalent', { amount: money(monthlyEquivalent) })}
            </p>
            <Button
              asChild
              size="lg"
              variant={plan.isFeatured ? 'primary' : 'secondary'}
              className={cn('mt-6 w-full rounded-xl', plan.isFeatured && 'shadow-md shadow-brand-700/30')}
            >
              <Link href="/sign-up">{isFree ? t('ctaFree') : t('ctaPaid', { plan: name })}</Link>
            </Button>
            <div className="mt-8 border-t border-zinc-200 pt-6 dark:border-zinc-800">
              <p className="text-sm font-semibold text-zinc-950 dark:text-white">{t('includes')}</p>
              <ul className="mt-4 space-y-3 text-sm text-zinc-700 dark:text-zinc-300">
                {entitlements.map(({ text, isLimit }) => (
                  <li key={text} className="flex gap-3">
                    {isLimit ? (
                      <Minus className="size-5 shrink-0 translate-y-0.5 text-zinc-400 dark:text-zinc-500" strokeWidth={1.75} />
                    ) : (
                      <Check className="size-5 shrink-0 translate-y-0.5 text-brand-600 dark:text-brand-400" strokeWidth={1.75} />
                    )}
                    {text}
                  </li>
                ))}
              </ul>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

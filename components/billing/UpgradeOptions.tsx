'use client';
// Upgrade: pick monthly or yearly, then a plan; opens Stripe Checkout in subscription mode.
import { LoaderCircle, Sparkles } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { checkoutAction } from '@/lib/billing/actions';
import { Button } from '@/components/ui/Button';
import { useToast } from '@/components/ui/Toaster';
import { moneyFormat, type BillingPeriod, type PaidPlanId } from '@/lib/billing/plans';
import type { BillingCurrency } from '@/lib/i18n/languages';

type Option = { id: PaidPlanId; prices: Record<BillingPeriod, number> };

export function UpgradeOptions({ options, currency }: { options: Option[]; currency: BillingCurrency }) {
  const t = useTranslations('billing');
  const format = useFormatter();
  const toast = useToast();
  const [period, setPeriod] = useState<BillingPeriod>('monthly');
  const [pending, setPending] = useState<PaidPlanId | null>(null);
  const [, startTransition] = useTransition();

  function upgrade(plan: PaidPlanId) {
    setPending(plan);
    startTransition(async () => {
      const result = await checkoutAction({ plan, period }).catch(() => null);
      if (result?.ok) {
        window.location.assign(result.data.url);
        return;
      }
      setPending(null);
      toast({ tone: 'error', title: result?.error.message ?? t('page.openFailed') });
    });
  }

  return (
    <div className="space-y-4">
      <fieldset>
        <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">{t('page.period')}</legend>
        <div className="mt-2 flex flex-wrap gap-4 text-sm">
          {(['monthly', 'yearly'] as const).map((value) => (
            <label key={value} className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="period"
                value={value}
                checked={period === value}
                onChange={() => setPeriod(value)}
                className="size-4 accent-brand-600"
              />
              {t(`page.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col gap-3 sm:flex-row">
        {options.map((option) => {
          const cents = option.prices[period];
          return (
            <Button
              key={option.id}
              type="button"
              variant={option.id === 'pro' ? 'primary' : 'secondary'}
              onClick={() => upgrade(option.id)}
              disabled={pending !== null}
            >
              {pending === option.id ? <LoaderCircle className="size-4 motion-safe:animate-spin" /> : <Sparkles className="size-4" />}
              {t('page.upgradeTo', { plan: t(`plans.${option.id}`) })}
              <span className="font-normal opacity-80">
                {t('page.upgradePrice', { price: format.number(cents / 100, moneyFormat(currency, cents)), period })}
              </span>
            </Button>
          );
        })}
      </div>
    </div>
  );
}

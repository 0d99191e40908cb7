'use client';
// The owner's cap on extra credits per period, in the subscription's currency.
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { spendingCapAction } from '@/lib/billing/actions';
import { Button } from '@/components/ui/Button';
import { Input } from '@/components/ui/Input';
import { useToast } from '@/components/ui/Toaster';

export function SpendingCapForm({ capCents, currency }: { capCents: number; currency: string }) {
  const t = useTranslations('billing.page');
  const toast = useToast();
  const [value, setValue] = useState((capCents / 100).toFixed(2));
  const [isPending, startTransition] = useTransition();

  function save(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await spendingCapAction({ capCents: Math.round(Number(value) * 100) }).catch(() => null);
      toast(result?.ok ? { tone: 'success', title: t('saved') } : { tone: 'error', title: t('saveFailed'), description: result?.error.message });
    });
  }

  return (
    <form onSubmit={save} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="sm:w-48">
        <Input
          label={t('spendingCapLabel', { currency: currency.toUpperCase() })}
          type="number"
          min="0"
          step="0.01"
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          required
        />
      </div>
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? t('saving') : t('save')}
      </Button>
    </form>
  );
}

'use client';
// Monthly/yearly switch for the plan cards. Both sets of cards are rendered on the server.
import { useTranslations } from 'next-intl';
import { Tabs } from 'radix-ui';

const triggerClass =
  'inline-flex h-9 items-center gap-2 rounded-full px-4 text-sm font-medium text-zinc-700 transition-colors hover:text-zinc-950 data-[state=active]:bg-white data-[state=active]:text-zinc-950 data-[state=active]:shadow-sm dark:text-zinc-300 dark:hover:text-white dark:data-[state=active]:bg-zinc-700 dark:data-[state=active]:text-white';

export function BillingPeriodTabs({ monthly, yearly }: { monthly: React.ReactNode; yearly: React.ReactNode }) {
  const t = useTranslations('marketing.pricing');
  return (
    <Tabs.Root defaultValue="monthly">
      <div className="flex justify-center">
        <Tabs.List
          aria-label={t('periodLabel')}
          className="inline-flex items-center gap-1 rounded-full border border-zinc-200 bg-zinc-100 p-1 dark:border-zinc-700 dark:bg-zinc-800/80"
        >
          <Tabs.Trigger value="monthly" className={triggerClass}>
            {t('monthly')}
          </Tabs.Trigger>
          <Tabs.Trigger value="yearly" className={triggerClass}>
            {t('yearly')}
            <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800 dark:bg-emerald-900/70 dark:text-emerald-200">
              {t('yearlySaving')}
            </span>
          </Tabs.Trigger>
        </Tabs.List>
      </div>
      <Tabs.Content value="monthly" className="mt-10 rounded-2xl focus-visible:outline-offset-8">
        {monthly}
      </Tabs.Content>
      <Tabs.Content value="yearly" className="mt-10 rounded-2xl focus-visible:outline-offset-8">
        {yearly}
      </Tabs.Content>
    </Tabs.Root>
  );
}

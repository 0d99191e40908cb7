// Skeleton of the account activity list while its page loads.
import { getTranslations } from 'next-intl/server';
import { SkeletonBar as Bar } from '@/components/ui/SkeletonBar';

export default async function ActivityLoading() {
  const t = await getTranslations('settings.activity');
  return (
    <div role="status" aria-live="polite" className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <span className="sr-only">{t('loading')}</span>
      <div aria-hidden="true" className="space-y-3">
        <Bar className="h-4 w-32" />
        <Bar className="h-8 w-56" />
        <Bar className="h-4 w-full max-w-md" />
      </div>
      <div
        aria-hidden="true"
        className="divide-y divide-zinc-200 rounded-2xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900"
      >
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <div key={i} className="flex flex-col gap-2 p-4 sm:flex-row sm:justify-between">
            <div className="space-y-2">
              <Bar className="h-4 w-40" />
              <Bar className="h-3 w-56" />
            </div>
            <Bar className="h-3 w-28" />
          </div>
        ))}
      </div>
    </div>
  );
}

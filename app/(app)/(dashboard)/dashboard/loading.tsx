// Skeleton shown inside the dashboard shell while a page loads.
import { getTranslations } from 'next-intl/server';
import { SkeletonBar as Bar } from '@/components/ui/SkeletonBar';

export default async function DashboardLoading() {
  const t = await getTranslations('dashboard.shell');
  return (
    <div role="status" aria-live="polite" className="space-y-8">
      <span className="sr-only">{t('loading')}</span>
      <div aria-hidden="true" className="space-y-3">
        <Bar className="h-8 w-40" />
        <Bar className="h-4 w-full max-w-md" />
      </div>
      <div aria-hidden="true" className="rounded-2xl border border-zinc-200 bg-white p-8 dark:border-zinc-800 dark:bg-zinc-900/60">
        <div className="mx-auto flex max-w-md flex-col items-center gap-4">
          <Bar className="h-32 w-48 rounded-xl" />
          <Bar className="h-6 w-64" />
          <Bar className="h-4 w-full" />
          <Bar className="h-4 w-5/6" />
        </div>
      </div>
      <div aria-hidden="true" className="grid gap-4 sm:grid-cols-3">
        <Bar className="h-24 rounded-xl" />
        <Bar className="h-24 rounded-xl" />
        <Bar className="h-24 rounded-xl" />
      </div>
    </div>
  );
}

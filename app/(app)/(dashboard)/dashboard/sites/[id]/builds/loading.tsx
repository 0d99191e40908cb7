// The Builds tab while it loads: the header's and a few rows' shapes.
import { getTranslations } from 'next-intl/server';
import { SkeletonBar as Bar } from '@/components/ui/SkeletonBar';

export default async function BuildsLoading() {
  const t = await getTranslations('sites.builds');
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">{t('loading')}</span>
      <div aria-hidden="true" className="space-y-4">
        <Bar className="h-4 w-24" />
        <Bar className="h-8 w-56" />
        <Bar className="h-6 w-40" />
      </div>
      <div aria-hidden="true" className="space-y-4 rounded-2xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
        <Bar className="h-5 w-32" />
        {[0, 1, 2, 3].map((row) => (
          <div key={row} className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-4">
            <Bar className="h-5 w-48" />
            <Bar className="h-4 w-full max-w-md" />
          </div>
        ))}
      </div>
    </div>
  );
}

// The Domains page while it loads: the add form's and a domain card's shapes.
import { getTranslations } from 'next-intl/server';
import { SkeletonBar as Bar } from '@/components/ui/SkeletonBar';

export default async function DomainsLoading() {
  const t = await getTranslations('domains.list');
  return (
    <div role="status" aria-live="polite" className="space-y-8">
      <span className="sr-only">{t('loading')}</span>
      <div aria-hidden="true" className="space-y-3">
        <Bar className="h-8 w-40" />
        <Bar className="h-4 w-full max-w-md" />
      </div>
      <div aria-hidden="true" className="space-y-4 rounded-xl border border-zinc-200 bg-white p-6 dark:border-zinc-800 dark:bg-zinc-900">
        <Bar className="h-5 w-48" />
        <div className="grid gap-4 sm:grid-cols-[14rem_1fr_8rem]">
          <Bar className="h-10" />
          <Bar className="h-10" />
          <Bar className="h-10" />
        </div>
      </div>
      <div aria-hidden="true" className="space-y-3 rounded-xl border border-zinc-200 bg-white p-6 dark:border-zinc-800 dark:bg-zinc-900">
        <Bar className="h-6 w-64" />
        <Bar className="h-4 w-full" />
        <Bar className="h-4 w-5/6" />
      </div>
    </div>
  );
}

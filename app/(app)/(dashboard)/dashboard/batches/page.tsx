// Batches: start many sites at once (one prompt per line; the count, its credits and the plan's
// batch size shown before sending) and the owner's batches with how far each got.
import { Layers } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { BatchForm } from '@/components/batches/BatchForm';
import { PageHeader } from '@/components/dashboard/PageHeader';
import { Card } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import { requireUser } from '@/lib/auth/require-user';
import { creditEstimate } from '@/lib/billing/credits';
import { getEntitlements } from '@/lib/billing/entitlements';
import { listBatches } from '@/lib/generate/batch';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard.batches');
  return { title: t('metaTitle') };
}

const statusTone: Record<string, string> = {
  running: 'bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950/60 dark:text-sky-200 dark:ring-sky-900',
  done: 'bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950/60 dark:text-emerald-200 dark:ring-emerald-900',
  done_with_failures: 'bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950/60 dark:text-amber-200 dark:ring-amber-900',
  cancelled: 'bg-zinc-100 text-zinc-700 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-600',
};

export default async function BatchesPage() {
  const user = await requireUser();
  const [t, tBilling, format, { plan }, estimate, batches] = await Promise.all([
    getTranslations('dashboard.batches'),
    getTranslations('billing'),
    getFormatter(),
    getEntitlements(user.id),
    creditEstimate(user.id),
    listBatches(user),
  ]);
  const now = new Date();
  return (
    <div className="space-y-10">
      <PageHeader title={t('title')} description={t('description')} />

      <Card title={t('newTitle')} description={t('newDescription')}>
        <BatchForm
          limit={plan.limits.batchPrompts}
          plan={tBilling(`plans.${plan.id}`)}
          creditsLeft={estimate.remaining}
          canGoOver={estimate.overage !== null}
        />
      </Card>

      <section aria-labelledby="batches-title" className="space-y-4">
        <h2 id="batches-title" className="text-base font-semibold text-zinc-950 dark:text-white">
          {t('listTitle')}
        </h2>
        {batches.length === 0 ? (
          <div className="flex flex-col items-center rounded-2xl border border-dashed border-zinc-300 bg-white px-6 py-10 text-center dark:border-zinc-700 dark:bg-zinc-900/60">
            <Layers className="size-8 text-brand-600 dark:text-brand-300" strokeWidth={1.5} aria-hidden="true" />
            <p className="mt-3 text-sm font-medium text-zinc-950 dark:text-white">{t('emptyTitle')}</p>
            <p className="mt-1 max-w-md text-sm text-zinc-600 dark:text-zinc-400">{t('emptyBody')}</p>
          </div>
        ) : (
          <ul className="divide-y divide-zinc-100 overflow-hidden rounded-2xl border border-zinc-200 bg-white shadow-sm dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
            {batches.map((batch) => (
              <li key={batch.id}>
                <Link
                  href={`/dashboard/batches/${batch.id}`}
                  className="flex flex-col gap-1.5 px-4 py-3.5 hover:bg-zinc-50 focus-visible:bg-zinc-50 sm:flex-row sm:items-center sm:justify-between sm:gap-4 dark:hover:bg-zinc-800/50 dark:focus-visible:bg-zinc-800/50"
                >
                  <span className="min-w-0">
                    <span className="block truncate text-sm font-medium text-zinc-950 dark:text-white">
                      {t('itemTitle', { count: batch.itemCount, prompt: batch.firstPrompt })}
                    </span>
                    <span className="mt-0.5 block text-xs text-zinc-600 dark:text-zinc-400">
                      <time dateTime={batch.createdAt.toISOString()}>{format.relativeTime(batch.createdAt, now)}</time>
                      {' · '}
                      {t('counts', { done: batch.done, failed: batch.failed, cancelled: batch.cancelled, total: batch.itemCount })}
                    </span>
                  </span>
                  <span className={cn('self-start rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset sm:self-center', statusTone[batch.status])}>
                    {t(`status.${batch.status}`)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

// One batch: the overall bar and a bar per prompt, live from the batch's event stream; each
// finished prompt links to its site and editor, a failed one says why and that its credit was
// released; the results download as CSV. Another owner's batch is a 404.
import { ArrowLeft, Download } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { BatchProgress } from '@/components/batches/BatchProgress';
import { PageHeader } from '@/components/dashboard/PageHeader';
import { Button } from '@/components/ui/Button';
import { requireUser } from '@/lib/auth/require-user';
import { AppError } from '@/lib/errors';
import { getBatch, type BatchItemStatus, type BatchStatus } from '@/lib/generate/batch';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard.batches');
  return { title: t('batchMetaTitle') };
}

async function findBatch(user: { id: string }, id: string) {
  try {
    return (await getBatch(user, id)).batch;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function BatchPage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const [t, format, batch] = await Promise.all([getTranslations('dashboard.batches'), getFormatter(), findBatch(user, id)]);
  return (
    <div className="space-y-8">
      <Link
        href="/dashboard/batches"
        className="inline-flex items-center gap-1.5 rounded text-sm font-medium text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white"
      >
        <ArrowLeft className="size-4" aria-hidden="true" />
        {t('back')}
      </Link>
      <PageHeader
        title={t('batchTitle', { count: batch.items.length })}
        description={t('batchDescription', { date: format.dateTime(batch.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
        actions={
          <Button asChild variant="secondary">
            <a href={`/api/v1/generations/batch/${batch.id}/results.csv`} download>
              <Download className="size-4" aria-hidden="true" />
              {t('downloadCsv')}
            </a>
          </Button>
        }
      />
      <BatchProgress
        batchId={batch.id}
        initialStatus={batch.status as BatchStatus}
        lastEventId={batch.lastEventId}
        initialItems={batch.items.map((item) => ({
          index: item.index,
          prompt: item.prompt,
          status: item.status as BatchItemStatus,
          siteId: item.siteId,
          error: item.error,
        }))}
      />
    </div>
  );
}

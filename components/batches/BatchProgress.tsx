'use client';
// A batch's progress, live: the overall bar and one bar per prompt, fed by the batch's Server-Sent
// Events (GET /api/v1/generations/batch/:id/events, which takes the owner's session). The page
// renders what the database says; the stream's events after that (their ids are the batch's running
// numbers) move the bars. EventSource reconnects by itself with Last-Event-ID.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import type { BatchItemStatus, BatchStatus } from '@/lib/generate/batch';
import { cn } from '@/components/ui/cn';

export type BatchItemView = { index: number; prompt: string; status: BatchItemStatus; siteId: string | null; error: string | null };

type ItemEvent = { index: number; status: BatchItemStatus; siteId: string | null; error: string | null };

const tone: Record<BatchItemStatus, string> = {
  queued: 'bg-zinc-100 text-zinc-700 ring-zinc-200 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-700',
  running: 'bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950/60 dark:text-sky-200 dark:ring-sky-900',
  done: 'bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950/60 dark:text-emerald-200 dark:ring-emerald-900',
  failed: 'bg-red-50 text-red-800 ring-red-200 dark:bg-red-950/60 dark:text-red-200 dark:ring-red-900',
  cancelled: 'bg-zinc-100 text-zinc-700 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-600',
};

const fill: Record<BatchItemStatus, string> = {
  queued: 'w-0',
  running: 'w-1/2 animate-pulse bg-sky-500',
  done: 'w-full bg-emerald-500',
  failed: 'w-full bg-red-500',
  cancelled: 'w-full bg-zinc-300 dark:bg-zinc-600',
};

export function BatchProgress({
  batchId,
  initialItems,
  initialStatus,
  lastEventId,
}: {
  batchId: string;
  initialItems: BatchItemView[];
  initialStatus: BatchStatus;
  lastEventId: number;
}) {
  const t = useTranslations('dashboard.batches.progress');
  const [items, setItems] = useState(initialItems);
  const [status, setStatus] = useState(initialStatus);
  const [isLost, setIsLost] = useState(false);
  const seen = useRef(lastEventId);

  useEffect(() => {
    if (initialStatus !== 'running') return;
    const source = new EventSource(`/api/v1/generations/batch/${encodeURIComponent(batchId)}/events`);
    const isNew = (event: MessageEvent) => {
      const seq = Number(event.lastEventId);
      if (!Number.isFinite(seq) || seq <= seen.current) return false;
      seen.current = seq;
      return true;
    };
    source.addEventListener('item', (event) => {
      if (!isNew(event)) return;
      const change = JSON.parse(event.data) as ItemEvent;
      setItems((current) =>
        current.map((item) => (item.index === change.index ? { ...item, status: change.status, siteId: change.siteId, error: change.error } : item)),
      );
      setIsLost(false);
    });
    source.addEventListener('done', (event) => {
      const { status: final } = JSON.parse(event.data) as { status: BatchStatus };
      seen.current = Math.max(seen.current, Number(event.lastEventId) || 0);
      setStatus(final);
      source.close();
    });
    // The browser retries by itself; when it gives up (the page lost the session, say) it says so.
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) setIsLost(true);
    };
    return () => source.close();
  }, [batchId, initialStatus]);

  const total = items.length;
  const done = items.filter((item) => item.status === 'done').length;
  const failed = items.filter((item) => item.status === 'failed').length;
  const cancelled = items.filter((item) => item.status === 'cancelled').length;
  const waiting = items.filter((item) => item.status === 'queued').length;
  const finished = done + failed + cancelled;
  const percent = total ? Math.round((finished / total) * 100) : 0;

  return (
    <div className="flex flex-col gap-6">
      <section
        aria-labelledby="overall-title"
        className="rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="overall-title" className="text-base font-semibold text-zinc-950 dark:text-white">
            {t('overall')}
          </h2>
          <p className="text-sm font-medium text-zinc-700 dark:text-zinc-300" role="status" aria-live="polite" data-testid="batch-summary">
            {status === 'running'
              ? t('running', { finished, total })
              : t(status === 'done' ? 'finished' : status === 'cancelled' ? 'finishedCancelled' : 'finishedWithFailures', { done, failed, cancelled, total })}
          </p>
        </div>
        <div
          role="progressbar"
          aria-labelledby="overall-title"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={finished}
          aria-valuetext={t('valueText', { finished, total })}
          className="mt-3 flex h-3 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800"
        >
          <div className="h-full bg-emerald-500 transition-[width] duration-300" style={{ width: `${total ? (done / total) * 100 : 0}%` }} />
          <div className="h-full bg-red-500 transition-[width] duration-300" style={{ width: `${total ? (failed / total) * 100 : 0}%` }} />
          <div className="h-full bg-zinc-300 transition-[width] duration-300 dark:bg-zinc-600" style={{ width: `${total ? (cancelled / total) * 100 : 0}%` }} />
        </div>
        <p className="mt-2 text-xs text-zinc-600 tabular-nums dark:text-zinc-400">{t('percent', { percent })}</p>
        {isLost && <p className="mt-2 text-sm text-amber-800 dark:text-amber-200">{t('lost')}</p>}
        {status === 'running' && waiting > 0 && <CancelWaiting batchId={batchId} waiting={waiting} />}
      </section>

      <section aria-labelledby="prompts-title" className="flex flex-col gap-3">
        <h2 id="prompts-title" className="text-base font-semibold text-zinc-950 dark:text-white">
          {t('prompts')}
        </h2>
        <ol className="flex flex-col gap-3">
          {items.map((item) => {
            const labelId = `prompt-${item.index}`;
            return (
              <li
                key={item.index}
                data-testid="batch-item"
                data-status={item.status}
                className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
              >
                <div className="flex items-start justify-between gap-3">
                  <p id={labelId} className="min-w-0 text-sm font-medium break-words text-zinc-950 dark:text-white">
                    <span className="mr-1.5 text-zinc-500 tabular-nums dark:text-zinc-400">{t('number', { number: item.index + 1 })}</span>
                    {item.prompt}
                  </p>
                  <span className={cn('shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset', tone[item.status])}>
                    {t(`status.${item.status}`)}
                  </span>
                </div>
                <div
                  role="progressbar"
                  aria-labelledby={labelId}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={item.status === 'running' ? undefined : item.status === 'queued' ? 0 : 100}
                  aria-valuetext={t(`status.${item.status}`)}
                  className="mt-3 h-2 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800"
                >
                  <div className={cn('h-full rounded-full transition-[width] duration-300', fill[item.status])} />
                </div>
                {item.status === 'done' && item.siteId && (
                  <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                    <Link href={`/editor/${item.siteId}`} className="rounded font-medium text-brand-700 hover:underline dark:text-brand-300">
                      {t('openEditor')}
                    </Link>
                    <Link href={`/dashboard/sites/${item.siteId}`} className="rounded font-medium text-brand-700 hover:underline dark:text-brand-300">
                      {t('openSite')}
                    </Link>
                  </p>
                )}
                {item.status === 'failed' && (
                  <div className="mt-3 text-sm text-red-800 dark:text-red-300">
                    <p>{item.error ? t('failedWhy', { reason: item.error }) : t('failed')}</p>
                    <p className="mt-0.5 text-zinc-700 dark:text-zinc-300">{t('released')}</p>
                  </div>
                )}
                {item.status === 'cancelled' && <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">{t('cancelledNote')}</p>}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}

// Stops the prompts still waiting, after a second click that says what happens; the event stream
// then moves their bars to "Cancelled". POST /api/v1/generations/batch/:id/cancel with the session.
function CancelWaiting({ batchId, waiting }: { batchId: string; waiting: number }) {
  const t = useTranslations('dashboard.batches.progress');
  const [step, setStep] = useState<'idle' | 'confirm' | 'sending'>('idle');
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setStep('sending');
    setError(null);
    try {
      const res = await fetch(`/api/v1/generations/batch/${encodeURIComponent(batchId)}/cancel`, { method: 'POST' });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(body?.error?.message ?? res.statusText);
      }
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
    setStep('idle');
  };
  return (
    <div className="mt-4 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      {step === 'idle' ? (
        <Button variant="secondary" onClick={() => setStep('confirm')}>
          {t('cancel')}
        </Button>
      ) : (
        <div role="group" aria-labelledby="cancel-question" className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <p id="cancel-question" className="text-sm text-zinc-800 dark:text-zinc-200">
            {t('cancelConfirm', { count: waiting })}
          </p>
          <div className="flex shrink-0 gap-2">
            <Button variant="danger" onClick={() => void confirm()} disabled={step === 'sending'} autoFocus>
              {step === 'sending' ? t('cancelling') : t('cancelYes')}
            </Button>
            <Button variant="secondary" onClick={() => setStep('idle')} disabled={step === 'sending'}>
              {t('cancelNo')}
            </Button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
          {t('cancelFailed', { reason: error })}
        </p>
      )}
    </div>
  );
}

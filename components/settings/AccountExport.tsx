'use client';
// The "Download my data" card's body: start an export, watch its parts being prepared, then the
// download link with its expiry; errors said plainly.
import { Download, FileArchive, Loader2 } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { useId } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import type { ExportView } from '@/lib/account-export/exports';
import { ApiError } from '@/lib/fetch-json';
import { isPreparing, useAccountExport, useStartExport } from './use-account-export';

function errorKey(error: unknown): 'rateLimited' | 'signedOut' | 'network' | 'default' {
  if (!(error instanceof ApiError)) return 'default';
  if (error.code === 'RATE_LIMITED') return 'rateLimited';
  if (error.code === 'UNAUTHENTICATED') return 'signedOut';
  if (error.code === 'NETWORK') return 'network';
  return 'default';
}

export function AccountExport({ initial }: { initial: ExportView | null }) {
  const t = useTranslations('settings.export');
  const format = useFormatter();
  const query = useAccountExport(initial);
  const start = useStartExport();
  const progressLabelId = useId();
  const view = query.data;
  const isBusy = isPreparing(view) || start.isPending;
  const error = start.error ?? query.error;
  // Fields, not dateStyle: Intl refuses timeZoneName beside dateStyle, and the zone is worth saying.
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });

  return (
    <div className="flex flex-col gap-4">
      {view && isPreparing(view) && (
        <div className="flex flex-col gap-2" data-testid="export-progress">
          <p id={progressLabelId} role="status" className="flex items-center gap-2 text-sm font-medium">
            <Loader2 aria-hidden className="size-4 shrink-0 animate-spin text-brand-600" />
            {view.status === 'queued' ? t('queued') : t('progress', { done: view.partsDone, total: view.partsTotal })}
          </p>
          <div
            role="progressbar"
            aria-labelledby={progressLabelId}
            aria-valuemin={0}
            aria-valuemax={view.partsTotal}
            aria-valuenow={view.partsDone}
            className="h-2 w-full overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
          >
            <div
              className="h-full rounded-full bg-brand-600 transition-[width] duration-300"
              style={{ width: `${(view.partsDone / view.partsTotal) * 100}%` }}
            />
          </div>
        </div>
      )}

      {view?.status === 'ready' && view.downloadUrl && view.expiresAt && (
        <div className="flex flex-col gap-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4 sm:flex-row sm:items-center sm:justify-between dark:border-emerald-900 dark:bg-emerald-950">
          <div className="flex min-w-0 items-start gap-3">
            <FileArchive aria-hidden className="mt-0.5 size-5 shrink-0 text-emerald-700 dark:text-emerald-300" />
            <div className="min-w-0 text-sm text-emerald-900 dark:text-emerald-100">
              <p className="font-medium" role="status">
                {t('ready')}
              </p>
              <p className="mt-0.5">{t('expires', { date: when(view.expiresAt) })}</p>
            </div>
          </div>
          <Button asChild className="shrink-0">
            <a href={view.downloadUrl} download>
              <Download aria-hidden className="size-4" />
              {t('download')}
              {view.bytes !== null && (
                <span className="font-normal opacity-85">
                  {t('size', { size: format.number(Math.max(view.bytes / 1_000_000, 0.1), { maximumFractionDigits: 1, minimumFractionDigits: 1 }) })}
                </span>
              )}
            </a>
          </Button>
        </div>
      )}

      {view?.status === 'expired' && <Alert tone="info">{view.expiresAt ? t('expired', { date: when(view.expiresAt) }) : t('expiredNoDate')}</Alert>}
      {view?.status === 'failed' && <Alert tone="error">{t('failed')}</Alert>}
      {error && <Alert tone="error">{t(`errors.${errorKey(error)}`)}</Alert>}

      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <Button
          type="button"
          variant={view?.status === 'ready' ? 'secondary' : 'primary'}
          // aria-disabled, not disabled: a disabled button drops the keyboard focus to the page's start.
          aria-disabled={isBusy}
          onClick={() => {
            if (!isBusy) start.mutate();
          }}
          className="w-full aria-disabled:cursor-not-allowed aria-disabled:opacity-70 sm:w-auto"
        >
          {isBusy && <Loader2 aria-hidden className="size-4 animate-spin" />}
          {isBusy ? t('preparing') : view?.status === 'ready' ? t('startAgain') : t('start')}
        </Button>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{view?.status === 'ready' ? t('hintReplace') : t('hint')}</p>
      </div>
    </div>
  );
}

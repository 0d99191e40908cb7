// The owner's account activity: one row per audit entry, worded and dated on the server in the
// reader's language, newest first. No client code: the pages are plain links.
import { getTranslations } from 'next-intl/server';

export type ActivityRow = {
  id: string;
  label: string;
  detail: string;
  device: string;
  ip: string;
  whenIso: string;
  when: string;
  isFailure: boolean;
};

export async function ActivityList({ rows }: { rows: ActivityRow[] }) {
  const t = await getTranslations('settings.activity');
  return (
    <ol
      aria-label={t('listLabel')}
      className="divide-y divide-zinc-200 overflow-hidden rounded-2xl border border-zinc-200 bg-white shadow-sm dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900"
    >
      {rows.map((row) => (
        <li key={row.id} data-testid="activity-row" className="flex flex-col gap-1.5 p-4 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2 font-medium text-zinc-950 dark:text-white">
              <span>{row.label}</span>
              {row.isFailure && (
                <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800 ring-1 ring-red-200 ring-inset dark:bg-red-950/60 dark:text-red-200 dark:ring-red-900">
                  {t('failed')}
                </span>
              )}
            </p>
            {row.detail && <p className="mt-0.5 text-sm text-zinc-700 dark:text-zinc-300">{row.detail}</p>}
            <p className="mt-1 text-sm break-words text-zinc-600 dark:text-zinc-400">
              <span>{row.device || t('unknownDevice')}</span>
              <span aria-hidden="true" className="px-1.5">
                ·
              </span>
              <span className="tabular-nums">{row.ip ? t('ip', { ip: row.ip }) : t('unknownIp')}</span>
            </p>
          </div>
          <time dateTime={row.whenIso} className="shrink-0 text-sm text-zinc-600 tabular-nums sm:text-right dark:text-zinc-400">
            {row.when}
          </time>
        </li>
      ))}
    </ol>
  );
}

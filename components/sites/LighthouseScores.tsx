// The Builds tab's Lighthouse card: the latest measured publish's five scores, each with its change
// since the version measured before it (an arrow and words, never colour alone) and the earlier
// versions' scores as text; a warning naming the scores a publish lowered; the audits to fix.
import { ArrowDown, ArrowUp, Gauge, Minus } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { cn } from '@/components/ui/cn';
import type { ScoreChange, LighthouseTrend } from '@/lib/builds/lighthouse-scores';

type Props = { trend: LighthouseTrend; isOn: boolean };

export async function LighthouseScores({ trend, isOn }: Props) {
  const t = await getTranslations('sites.builds.lighthouse');
  const { latest, measured } = trend;
  const category = (c: ScoreChange['category']) => t(`category.${c}`);

  const change = (c: ScoreChange) => {
    const previous = measured?.previousVersionNumber;
    if (c.delta === null || previous == null) return { icon: null, text: t('first'), tone: 'text-zinc-600 dark:text-zinc-400' };
    if (c.delta > 0) return { icon: ArrowUp, text: t('up', { delta: c.delta, number: previous }), tone: 'text-emerald-700 dark:text-emerald-300' };
    if (c.delta < 0) return { icon: ArrowDown, text: t('down', { delta: -c.delta, number: previous }), tone: 'text-red-700 dark:text-red-300' };
    return { icon: Minus, text: t('same', { number: previous }), tone: 'text-zinc-600 dark:text-zinc-400' };
  };

  return (
    <section aria-labelledby="lighthouse-title" className="rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex items-start gap-3 border-b border-zinc-200 px-5 py-4 dark:border-zinc-800">
        <Gauge aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-zinc-500" />
        <div className="min-w-0">
          <h2 id="lighthouse-title" className="text-base font-semibold text-zinc-950 dark:text-white">
            {t('title')}
          </h2>
          <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">
            {measured
              ? measured.previousVersionNumber === null
                ? t('measured', { number: measured.versionNumber })
                : t('measuredVsPrevious', { number: measured.versionNumber, previous: measured.previousVersionNumber })
              : t('description')}
          </p>
        </div>
      </div>
      <div className="space-y-4 px-5 py-4">
        {latest && (latest.record.status === 'queued' || latest.record.status === 'running') && (
          <Alert tone="info">{t(latest.record.status, { number: latest.versionNumber })}</Alert>
        )}
        {latest?.record.status === 'failed' && <Alert tone="warning">{t('failed', { number: latest.versionNumber, reason: latest.record.error ?? '' })}</Alert>}
        {!latest && <p className="text-sm text-zinc-600 dark:text-zinc-400">{isOn ? t('none') : t('off')}</p>}
        {measured && trend.lowered.length > 0 && (
          <Alert tone="warning">
            {t('lowered', {
              number: measured.versionNumber,
              count: trend.lowered.length,
              list: trend.lowered.map((c) => t('loweredItem', { category: category(c.category), previous: c.previous ?? 0, score: c.score ?? 0 })).join('; '),
            })}
          </Alert>
        )}
        {measured && (
          <>
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
              {measured.changes.map((c) => {
                const { icon: Icon, text, tone } = change(c);
                const history = trend.history.slice(0, -1);
                return (
                  <div key={c.category} className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800">
                    <dt className="text-xs font-medium text-zinc-600 dark:text-zinc-400">{category(c.category)}</dt>
                    <dd className="mt-1">
                      <span className="text-2xl font-semibold text-zinc-950 tabular-nums dark:text-white">{c.score ?? t('noScore')}</span>
                      {c.score === null && <span className="sr-only">{t('notScored')}</span>}
                      <span className={cn('mt-1 flex items-center gap-1 text-xs font-medium', tone)}>
                        {Icon && <Icon aria-hidden="true" className="size-3.5 shrink-0" />}
                        {text}
                      </span>
                      {history.length > 0 && (
                        <span className="mt-1.5 block text-xs text-zinc-500 dark:text-zinc-400">
                          <span className="sr-only">{t('history')}: </span>
                          {history.map((h) => t('historyItem', { number: h.versionNumber, score: h.scores[c.category] ?? t('noScore') })).join(' · ')}
                        </span>
                      )}
                    </dd>
                  </div>
                );
              })}
            </dl>
            <details className="group text-sm">
              <summary className="cursor-pointer rounded font-medium text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white">
                {t('audits', { count: measured.failingAudits.length })}
              </summary>
              {measured.failingAudits.length > 0 && (
                <ul className="mt-2 space-y-1.5">
                  {measured.failingAudits.map((audit) => (
                    <li key={`${audit.category}:${audit.id}`} className="flex flex-col gap-0.5 sm:flex-row sm:gap-2">
                      <span className="shrink-0 text-xs font-medium text-zinc-500 sm:w-32 dark:text-zinc-400">{category(audit.category)}</span>
                      <span className="min-w-0 break-words text-zinc-800 dark:text-zinc-200">
                        {audit.title}
                        {audit.displayValue && <span className="text-zinc-500 dark:text-zinc-400"> ({audit.displayValue})</span>}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </details>
          </>
        )}
      </div>
    </section>
  );
}

'use client';
// One custom domain: its status, the records to create (with copy buttons), what the last check
// found in plain words, "Check now", its settings, the certificate page and removal.
import { CircleAlert, CircleCheck, LoaderCircle, RefreshCw, Settings2, ShieldCheck } from 'lucide-react';
import Link from 'next/link';
import { useFormatter, useNow, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import type { Finding } from '@/lib/domains/check-dns';
import type { DomainView } from '@/lib/domains/queries';
import { fetchJson } from '@/lib/fetch-json';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';
import { DomainRecords } from './DomainRecords';
import { DomainSettingsForm } from './DomainSettingsForm';
import { RemoveDomain } from './RemoveDomain';
import { useDomainErrorMessage } from './use-domain-error';

const badge: Record<DomainView['status'], string> = {
  pending: 'bg-zinc-100 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200',
  verifying: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  active: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  failed: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
};

type Props = { domain: DomainView; onChange: (d: DomainView) => void; onRemoved: (id: string) => void };

export function DomainCard({ domain, onChange, onRemoved }: Props) {
  const t = useTranslations('domains');
  const format = useFormatter();
  const now = useNow({ updateInterval: 10_000 });
  const errorMessage = useDomainErrorMessage();
  const [isChecking, startCheck] = useTransition();
  const [checkMessage, setCheckMessage] = useState<{ tone: 'success' | 'info' | 'error'; text: string } | null>(null);
  const [isSettingsOpen, setSettingsOpen] = useState(false);
  const headingId = `domain-${domain.id}`;
  const problems = domain.findings.filter((f) => f.code !== 'OK');

  function checkNow() {
    setCheckMessage(null);
    startCheck(async () => {
      try {
        const { domain: next } = await fetchJson<{ domain: DomainView }>(`/api/v1/domains/${domain.id}/check`, { method: 'POST' });
        onChange(next);
        setCheckMessage(
          next.status === 'active'
            ? { tone: 'success', text: t('check.resultActive', { hostname: next.displayHostname }) }
            : { tone: 'info', text: t('check.resultNotYet', { hostname: next.displayHostname }) },
        );
      } catch (error) {
        setCheckMessage({ tone: 'error', text: errorMessage(error) });
      }
    });
  }

  // An empty list is an answer too: "no record" (the resolver still has none, say).
  const values = (list: string[] | undefined) => (list?.length ? list.join(', ') : t('check.noRecord'));
  const findingText = (finding: Finding) =>
    t(`finding.${finding.code}`, { name: finding.name, expected: values(finding.expected), found: values(finding.found) });
  // `now` moves every 10 s: a check made since reads "now", not "in 8 seconds".
  const when = (iso: string, isPast = false) => {
    const date = new Date(iso);
    return format.relativeTime(date, { now: isPast && date > now ? date : now });
  };

  return (
    <article
      aria-labelledby={headingId}
      className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-900"
      data-testid="domain-card"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="text-lg font-semibold [overflow-wrap:anywhere]">
            {domain.displayHostname}
          </h3>
          <p className="text-sm [overflow-wrap:anywhere] text-zinc-600 dark:text-zinc-400">
            {domain.withWww && <span>{t('list.alsoWww', { hostname: domain.displayHostname })} · </span>}
            {t('list.shows', { site: domain.site.name })}
          </p>
        </div>
        <span className={cn('inline-flex items-center gap-1 rounded-full px-2.5 py-1 text-xs font-semibold', badge[domain.status])} data-testid="domain-status">
          {domain.status === 'active' ? (
            <CircleCheck className="size-3.5" aria-hidden />
          ) : domain.status === 'failed' ? (
            <CircleAlert className="size-3.5" aria-hidden />
          ) : (
            <RefreshCw className="size-3.5" aria-hidden />
          )}
          {t(`status.${domain.status}`)}
        </span>
      </div>

      <div className="mt-4 space-y-4">
        {domain.status !== 'active' && <DomainRecords records={domain.records} title={t('records.title')} />}

        {problems.length > 0 && (
          <ul className="space-y-2 text-sm" data-testid="domain-findings">
            {problems.map((finding) => (
              <li key={`${finding.code}:${finding.name}`} className="flex gap-2 text-amber-900 dark:text-amber-200">
                <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
                <span className="min-w-0 break-words">{findingText(finding)}</span>
              </li>
            ))}
          </ul>
        )}
        {domain.status === 'active' && problems.length === 0 && (
          <p className="flex items-center gap-2 text-sm text-emerald-800 dark:text-emerald-300">
            <CircleCheck className="size-4" aria-hidden />
            {t('finding.OK')}
          </p>
        )}

        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {domain.lastCheckedAt ? t('check.lastChecked', { when: when(domain.lastCheckedAt, true) }) : t('check.neverChecked')}{' '}
          {domain.status === 'failed'
            ? t('check.gaveUp')
            : domain.nextCheckAt && domain.status !== 'active'
              ? t('check.next', { when: when(domain.nextCheckAt) })
              : null}
        </p>

        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            size="sm"
            variant={domain.status === 'active' ? 'secondary' : 'primary'}
            onClick={checkNow}
            disabled={isChecking}
            aria-busy={isChecking}
          >
            {isChecking ? <LoaderCircle className="size-4 motion-safe:animate-spin" aria-hidden /> : <RefreshCw className="size-4" aria-hidden />}
            {isChecking ? t('check.checking') : t('check.now')}
          </Button>
          <Button
            type="button"
            size="sm"
            variant="secondary"
            onClick={() => setSettingsOpen((open) => !open)}
            aria-expanded={isSettingsOpen}
            aria-controls={`${headingId}-settings`}
          >
            <Settings2 className="size-4" aria-hidden />
            {isSettingsOpen ? t('settings.hide') : t('settings.show')}
          </Button>
          {domain.status === 'active' && (
            <Button asChild size="sm" variant="secondary">
              <Link href={`/dashboard/domains/${domain.id}/certificate`}>
                <ShieldCheck className="size-4" aria-hidden />
                {t('certificate')}
              </Link>
            </Button>
          )}
          <RemoveDomain domain={domain} onRemoved={onRemoved} />
        </div>
        <div aria-live="polite">{checkMessage && <Alert tone={checkMessage.tone}>{checkMessage.text}</Alert>}</div>

        {isSettingsOpen && (
          <div id={`${headingId}-settings`}>
            <DomainSettingsForm domain={domain} onSaved={onChange} />
          </div>
        )}
        {domain.status === 'active' && <DomainRecords records={domain.records} title={t('records.activeTitle')} isCollapsed />}
      </div>
    </article>
  );
}

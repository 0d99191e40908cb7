'use client';
// The DNS records a domain needs, as the owner types them at a registrar: type, name relative to
// the domain ("@" for the domain itself) and value, each with a copy button. A table on wide
// screens; on a phone each record is a small block, so long values wrap instead of scrolling.
import { Check, Copy } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { RequiredRecord } from '@/lib/domains/check-dns';

function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useTranslations('domains.records');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  }
  return (
    <button
      type="button"
      onClick={copy}
      aria-label={label}
      title={state === 'failed' ? t('copyFailed') : label}
      className="inline-flex size-8 shrink-0 items-center justify-center rounded-md border border-zinc-300 text-zinc-700 hover:bg-zinc-50 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
    >
      {state === 'copied' ? <Check className="size-4 text-emerald-600" aria-hidden /> : <Copy className="size-4" aria-hidden />}
      <span className="sr-only" aria-live="polite">
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </button>
  );
}

export function DomainRecords({ records, title, isCollapsed = false }: { records: RequiredRecord[]; title: string; isCollapsed?: boolean }) {
  const t = useTranslations('domains.records');
  const body = (
    <div className="space-y-2">
      <div role="table" aria-label={title} className="text-sm sm:rounded-lg sm:border sm:border-zinc-200 sm:dark:border-zinc-800">
        <div
          role="row"
          className="hidden grid-cols-[5rem_minmax(0,1fr)_minmax(0,1fr)] gap-3 border-b border-zinc-200 px-3 py-2 text-xs font-semibold text-zinc-600 sm:grid dark:border-zinc-800 dark:text-zinc-400"
        >
          <span role="columnheader">{t('type')}</span>
          <span role="columnheader">{t('name')}</span>
          <span role="columnheader">{t('value')}</span>
        </div>
        {records.map((record) => (
          <div
            role="row"
            key={`${record.type}:${record.name}:${record.value}`}
            className="mb-2 grid grid-cols-1 gap-2 rounded-lg border border-zinc-200 p-3 sm:mb-0 sm:grid-cols-[5rem_minmax(0,1fr)_minmax(0,1fr)] sm:gap-3 sm:rounded-none sm:border-0 sm:border-b sm:px-3 sm:py-2 sm:last:border-b-0 dark:border-zinc-800"
            data-testid="domain-record"
          >
            <span role="cell" className="font-mono text-xs font-semibold sm:self-center">
              <span className="text-zinc-600 sm:hidden dark:text-zinc-400">{t('type')}: </span>
              {record.type}
            </span>
            <span role="cell" className="flex min-w-0 items-center gap-2">
              <span className="min-w-0 flex-1">
                <span className="block text-xs text-zinc-600 sm:hidden dark:text-zinc-400">{t('name')}</span>
                <code className="font-mono text-xs [overflow-wrap:anywhere]">{record.host}</code>
                {record.host !== record.name && (
                  <span className="block text-xs [overflow-wrap:anywhere] text-zinc-500">{t('fullName', { name: record.name })}</span>
                )}
              </span>
              <CopyButton value={record.host} label={t('copyName', { name: record.host })} />
            </span>
            <span role="cell" className="flex min-w-0 items-center gap-2">
              <span className="min-w-0 flex-1">
                <span className="block text-xs text-zinc-600 sm:hidden dark:text-zinc-400">{t('value')}</span>
                <code className="font-mono text-xs break-all" data-testid="domain-record-value">
                  {record.value}
                </code>
              </span>
              <CopyButton value={record.value} label={t('copyValue', { value: record.value })} />
            </span>
          </div>
        ))}
      </div>
      {records.some((r) => r.type === 'ALIAS') && <p className="text-xs text-zinc-600 dark:text-zinc-400">{t('aliasNote')}</p>}
    </div>
  );
  if (isCollapsed) {
    return (
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">{title}</summary>
        <div className="mt-3">{body}</div>
      </details>
    );
  }
  return (
    <div className="space-y-2">
      <h4 className="text-sm font-semibold">{title}</h4>
      {body}
    </div>
  );
}

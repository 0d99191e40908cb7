'use client';
// How a connected domain is served: HTTPS redirect, www <-> apex redirect (apex domains), HSTS and
// the pages' cache time. Saved with PATCH /api/v1/domains/:id/settings.
import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import type { DomainView } from '@/lib/domains/queries';
import { ApiError, fetchJson } from '@/lib/fetch-json';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Input } from '@/components/ui/Input';

type Settings = DomainView['settings'];

export function DomainSettingsForm({ domain, onSaved }: { domain: DomainView; onSaved: (d: DomainView) => void }) {
  const t = useTranslations('domains.settings');
  const tError = useTranslations('domains.error');
  const id = useId();
  const [values, setValues] = useState<Settings>(domain.settings);
  const [hstsMaxAge, setHstsMaxAge] = useState(String(domain.settings.hstsMaxAge));
  const [cacheTtl, setCacheTtl] = useState(String(domain.settings.cacheTtl));
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setValues((v) => ({ ...v, [key]: value }));

  function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const body = {
      httpsRedirect: values.httpsRedirect,
      hsts: values.hsts,
      hstsMaxAge: Number(hstsMaxAge),
      cacheTtl: Number(cacheTtl),
      ...(domain.withWww ? { wwwRedirect: values.wwwRedirect } : {}),
    };
    startTransition(async () => {
      try {
        const { domain: next } = await fetchJson<{ domain: DomainView }>(`/api/v1/domains/${domain.id}/settings`, { method: 'PATCH', json: body });
        onSaved(next);
        setMessage({ tone: 'success', text: t('saved') });
      } catch (error) {
        const text = error instanceof ApiError && error.code === 'INVALID_INPUT' ? t('invalid', { message: error.message }) : tError('generic');
        setMessage({ tone: 'error', text });
      }
    });
  }

  const check = 'size-4 rounded border-zinc-300 text-brand-600 dark:border-zinc-700';
  return (
    <form onSubmit={save} className="space-y-4 rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="font-semibold">
        {t('title')}
      </h4>
      <label className="flex items-start gap-2">
        <input type="checkbox" className={`${check} mt-0.5`} checked={values.httpsRedirect} onChange={(e) => set('httpsRedirect', e.target.checked)} />
        <span>{t('httpsRedirect')}</span>
      </label>
      {domain.withWww && (
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${id}-www`} className="font-medium">
            {t('wwwRedirect')}
          </label>
          <select
            id={`${id}-www`}
            value={values.wwwRedirect}
            onChange={(e) => set('wwwRedirect', e.target.value as Settings['wwwRedirect'])}
            className="h-10 max-w-full rounded-lg border border-zinc-300 bg-white px-3 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="to-apex">{t('wwwToApex', { hostname: domain.displayHostname })}</option>
            <option value="to-www">{t('wwwToWww', { hostname: domain.displayHostname })}</option>
            <option value="none">{t('wwwNone')}</option>
          </select>
        </div>
      )}
      <label className="flex items-start gap-2">
        <input type="checkbox" className={`${check} mt-0.5`} checked={values.hsts} onChange={(e) => set('hsts', e.target.checked)} />
        <span>{t('hsts')}</span>
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        {values.hsts && (
          <Input
            label={t('hstsMaxAge')}
            type="number"
            inputMode="numeric"
            min={300}
            max={63072000}
            value={hstsMaxAge}
            onChange={(e) => setHstsMaxAge(e.target.value)}
          />
        )}
        <Input
          label={t('cacheTtl')}
          hint={t('cacheHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={86400}
          value={cacheTtl}
          onChange={(e) => setCacheTtl(e.target.value)}
        />
      </div>
      <Button type="submit" size="sm" disabled={isPending}>
        {isPending ? t('saving') : t('save')}
      </Button>
      <div aria-live="polite">{message && <Alert tone={message.tone}>{message.text}</Alert>}</div>
    </form>
  );
}

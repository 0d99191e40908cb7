'use client';
// "Create the records for me" on one domain whose zone is at Cloudflare: shows what would be
// created or replaced, and applies it only after the owner agrees.
import { Cloud, LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { applyCloudflareRecordsAction, planCloudflareRecordsAction } from '@/lib/domains/provider-actions';

type Change = { action: 'create' | 'replace' | 'keep'; type: string; name: string; value: string; replaces: string | null };

export function CloudflareRecordsButton({ domainId }: { domainId: string }) {
  const t = useTranslations('providers.records');
  const [plan, setPlan] = useState<{ zone: string; changes: Change[] } | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [consent, setConsent] = useState(false);
  const [isPending, startTransition] = useTransition();
  const hasReplace = plan?.changes.some((c) => c.action === 'replace') ?? false;
  const hasWork = plan?.changes.some((c) => c.action !== 'keep') ?? false;

  function preview() {
    setMessage(null);
    startTransition(async () => {
      const response = await planCloudflareRecordsAction({ domainId }).catch(() => null);
      if (!response?.ok) return setMessage({ tone: 'error', text: response?.error.message ?? t('failed') });
      setPlan(response.data);
      setConsent(false);
    });
  }

  function apply() {
    startTransition(async () => {
      const response = await applyCloudflareRecordsAction({ domainId, consent: true, allowReplace: hasReplace }).catch(() => null);
      if (!response?.ok) return setMessage({ tone: 'error', text: response?.error.message ?? t('failed') });
      setPlan(null);
      setMessage({ tone: 'success', text: t('done', { created: response.data.created, replaced: response.data.replaced, zone: response.data.zone }) });
    });
  }

  return (
    <div className="space-y-3">
      {!plan && (
        <Button type="button" variant="secondary" onClick={preview} disabled={isPending}>
          {isPending ? <LoaderCircle className="size-4 motion-safe:animate-spin" /> : <Cloud className="size-4" />}
          {t('button')}
        </Button>
      )}
      {plan && (
        <div className="space-y-3 rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800">
          <p>{t('planIntro', { zone: plan.zone })}</p>
          <ul className="space-y-1 font-mono text-xs">
            {plan.changes.map((c) => (
              <li key={`${c.type}:${c.name}`}>
                {t(`action.${c.action}`)} {c.type} {c.name} → {c.value}
                {c.replaces && ` (${t('was', { value: c.replaces })})`}
              </li>
            ))}
          </ul>
          {hasWork ? (
            <>
              <label className="flex items-start gap-2">
                <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} className="mt-1" />
                <span>{hasReplace ? t('consentReplace', { zone: plan.zone }) : t('consent', { zone: plan.zone })}</span>
              </label>
              <div className="flex gap-2">
                <Button type="button" onClick={apply} disabled={!consent || isPending}>
                  {isPending && <LoaderCircle className="size-4 motion-safe:animate-spin" />}
                  {t('apply')}
                </Button>
                <Button type="button" variant="ghost" onClick={() => setPlan(null)}>
                  {t('cancel')}
                </Button>
              </div>
            </>
          ) : (
            <p>{t('nothingToDo')}</p>
          )}
        </div>
      )}
      <div aria-live="polite">{message && <Alert tone={message.tone}>{message.text}</Alert>}</div>
    </div>
  );
}

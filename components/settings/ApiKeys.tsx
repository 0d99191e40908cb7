'use client';
// API keys in Settings: create one (name, scopes, optional expiry), see its token once with a copy
// button, list the keys with their scopes and last use, revoke one after a confirmation.
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { createApiKeyAction, revokeApiKeyAction } from '@/lib/api/actions';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Dialog, DialogClose } from '@/components/ui/Dialog';
import { Input } from '@/components/ui/Input';
import { useToast } from '@/components/ui/Toaster';

const scopes = ['read', 'write', 'publish', 'billing'] as const;

// Formatted on the server in the reader's locale.
export type ApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  created: string;
  lastUsed: string | null;
  lastUsedIso: string | null;
  lastUsedFull: string | null;
  lastUsedIp: string | null;
  expires: string | null;
  isExpired: boolean;
};

type Created = { name: string; token: string };

const badge = 'rounded-full px-2 py-0.5 text-xs font-medium';

export function ApiKeys({ keys, minExpiry }: { keys: ApiKeyRow[]; minExpiry: string }) {
  const t = useTranslations('settings.apiKeys');
  const common = useTranslations('settings.errors');
  const toast = useToast();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyRow | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const createdRef = useRef<HTMLDivElement>(null);
  const tokenId = useId();

  // The new token takes the focus, so a keyboard or screen reader user lands on it.
  useEffect(() => {
    if (created) createdRef.current?.focus();
  }, [created]);

  function onCreate(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = form.getAll('scopes').map(String);
    if (chosen.length === 0) {
      setError(t('errors.scopes'));
      return;
    }
    setError(null);
    startTransition(async () => {
      const expiresAt = String(form.get('expiresAt') ?? '');
      const result = await createApiKeyAction({ name: String(form.get('name') ?? ''), scopes: chosen, expiresAt: expiresAt || null }).catch(() => null);
      if (result?.ok) {
        formRef.current?.reset();
        setCreated({ name: result.data.name, token: result.data.token });
        return;
      }
      const fields = result?.error.fields ?? {};
      setError(
        result?.error.code === 'CONFLICT'
          ? t('errors.tooMany')
          : 'expiresAt' in fields
            ? t('errors.expiry')
            : 'scopes' in fields
              ? t('errors.scopes')
              : 'name' in fields
                ? t('errors.name')
                : common('default'),
      );
    });
  }

  async function copy(token: string) {
    try {
      await navigator.clipboard.writeText(token);
      toast({ tone: 'success', title: t('copied') });
    } catch {
      toast({ tone: 'error', title: t('copyFailed') });
    }
  }

  function onRevoke() {
    const key = revoking;
    if (!key) return;
    startTransition(async () => {
      const result = await revokeApiKeyAction({ keyId: key.id }).catch(() => null);
      if (result?.ok || result?.error.code === 'NOT_FOUND') {
        setRevoking(null);
        toast({ tone: 'success', title: t('revoked', { name: key.name }) });
      } else {
        toast({ tone: 'error', title: common('default') });
      }
    });
  }

  return (
    <div className="flex flex-col gap-6">
      {created && (
        <div
          ref={createdRef}
          tabIndex={-1}
          role="region"
          aria-labelledby={`${tokenId}-title`}
          data-testid="api-key-created"
          className="flex flex-col gap-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4 outline-none focus-visible:ring-2 focus-visible:ring-brand-600 dark:border-emerald-800 dark:bg-emerald-950/40"
        >
          <h3 id={`${tokenId}-title`} className="font-medium">
            {t('createdTitle', { name: created.name })}
          </h3>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{t('createdBody')}</p>
          <label htmlFor={tokenId} className="sr-only">
            {t('tokenLabel')}
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              id={tokenId}
              readOnly
              value={created.token}
              spellCheck={false}
              onFocus={(event) => event.currentTarget.select()}
              className="h-10 min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 font-mono text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
            />
            <Button type="button" onClick={() => copy(created.token)}>
              {t('copy')}
            </Button>
          </div>
          <Button type="button" variant="secondary" size="sm" className="self-start" onClick={() => setCreated(null)}>
            {t('done')}
          </Button>
        </div>
      )}

      <form ref={formRef} onSubmit={onCreate} className="flex flex-col gap-4" aria-label={t('formLabel')}>
        <Input label={t('name')} name="name" required maxLength={60} autoComplete="off" placeholder={t('namePlaceholder')} readOnly={isPending} />
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">{t('scopesLegend')}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {scopes.map((scope) => (
              <label
                key={scope}
                className="flex cursor-pointer items-start gap-3 rounded-lg border border-zinc-200 p-3 has-[:checked]:border-brand-500 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 dark:border-zinc-800"
              >
                <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === 'read'} className="mt-0.5 size-4 accent-brand-600" />
                <span className="flex flex-col">
                  <span className="text-sm font-medium">{t(`scopes.${scope}`)}</span>
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">{t(`scopeHints.${scope}`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="sm:max-w-xs">
          <Input label={t('expiry')} hint={t('expiryHint')} name="expiresAt" type="date" min={minExpiry} readOnly={isPending} />
        </div>
        {error && <Alert tone="error">{error}</Alert>}
        <Button type="submit" className="self-start" disabled={isPending}>
          {isPending && !revoking ? t('creating') : t('create')}
        </Button>
      </form>

      <div className="flex flex-col gap-3 border-t border-zinc-200 pt-5 dark:border-zinc-800">
        <h3 className="text-sm font-medium">{t('listTitle')}</h3>
        {keys.length === 0 ? (
          <p className="rounded-lg border border-dashed border-zinc-300 p-4 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">{t('empty')}</p>
        ) : (
          <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {keys.map((key) => (
              <li key={key.id} data-testid="api-key-row" className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
                <div className="flex min-w-0 flex-col gap-1.5">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-medium break-words">{key.name}</span>
                    <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
                      {t('prefix', { prefix: key.prefix })}
                    </code>
                    {key.isExpired && <span className={`${badge} bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200`}>{t('expired')}</span>}
                  </p>
                  <ul aria-label={t('scopesLabel')} className="flex flex-wrap gap-1.5">
                    {key.scopes.map((scope) => (
                      <li key={scope} className={`${badge} bg-brand-100 text-brand-800 dark:bg-brand-900 dark:text-brand-100`}>
                        {t.has(`scopes.${scope}`) ? t(`scopes.${scope}`) : scope}
                      </li>
                    ))}
                  </ul>
                  <p className="text-sm break-words text-zinc-600 dark:text-zinc-400">
                    {key.lastUsed && key.lastUsedIso ? (
                      <time dateTime={key.lastUsedIso} title={key.lastUsedFull ?? undefined}>
                        {key.lastUsedIp ? t('lastUsedFrom', { time: key.lastUsed, ip: key.lastUsedIp }) : t('lastUsed', { time: key.lastUsed })}
                      </time>
                    ) : (
                      t('neverUsed')
                    )}
                  </p>
                  <p className="text-xs text-zinc-500 dark:text-zinc-400">
                    {t('created', { date: key.created })}
                    <span aria-hidden="true" className="px-1.5">
                      ·
                    </span>
                    {key.expires ? (key.isExpired ? t('expiredOn', { date: key.expires }) : t('expires', { date: key.expires })) : t('noExpiry')}
                  </p>
                </div>
                <Button
                  type="button"
                  variant="secondary"
                  size="sm"
                  className="self-start text-red-700 sm:self-center dark:text-red-400"
                  aria-label={t('revokeLabel', { name: key.name })}
                  disabled={isPending}
                  onClick={() => setRevoking(key)}
                >
                  {t('revoke')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <Dialog
        open={revoking !== null}
        onOpenChange={(open) => {
          if (!open && !isPending) setRevoking(null);
        }}
        title={t('revokeTitle', { name: revoking?.name ?? '' })}
        description={t('revokeBody')}
      >
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <DialogClose asChild>
            <Button type="button" variant="secondary" disabled={isPending}>
              {t('cancel')}
            </Button>
          </DialogClose>
          <Button type="button" variant="danger" disabled={isPending} onClick={onRevoke}>
            {isPending ? t('revoking') : t('revokeConfirm')}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}

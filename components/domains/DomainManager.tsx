'use client';
// The Domains page's working part: the plan's allowance, the form that adds a domain to a site,
// and the owner's domains, each with its records, findings and actions. While any domain is
// still being checked, the list refreshes itself every few seconds (only while the tab is shown).
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useRef, useState, useTransition } from 'react';
import type { DomainAllowance, DomainView } from '@/lib/domains/queries';
import { fetchJson } from '@/lib/fetch-json';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Input } from '@/components/ui/Input';
import { DomainCard } from './DomainCard';
import { useDomainErrorMessage } from './use-domain-error';

const POLL_MS = 4000;

type Props = {
  sites: Array<{ id: string; name: string }>;
  initialDomains: DomainView[];
  initialAllowance: DomainAllowance;
  planName: string;
  // Shown while the owner has no domains (the page's illustrated empty state).
  empty: React.ReactNode;
};

export function DomainManager({ sites, initialDomains, initialAllowance, planName, empty }: Props) {
  const t = useTranslations('domains');
  const [domains, setDomains] = useState(initialDomains);
  const [allowance, setAllowance] = useState(initialAllowance);
  const isChecking = domains.some((d) => d.status === 'pending' || d.status === 'verifying');

  const refresh = useCallback(async () => {
    const data = await fetchJson<{ domains: DomainView[]; allowance: DomainAllowance }>('/api/v1/domains').catch(() => null);
    if (data) {
      setDomains(data.domains);
      setAllowance(data.allowance);
    }
  }, []);

  useEffect(() => {
    if (!isChecking) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [isChecking, refresh]);

  const replace = (domain: DomainView) => setDomains((list) => list.map((d) => (d.id === domain.id ? domain : d)));
  const removed = (id: string) => {
    setDomains((list) => list.filter((d) => d.id !== id));
    setAllowance((a) => ({ ...a, used: Math.max(0, a.used - 1), isAtLimit: a.used - 1 >= a.allowed }));
  };
  const added = (domain: DomainView) => {
    setDomains((list) => [...list, domain]);
    setAllowance((a) => ({ ...a, used: a.used + 1, isAtLimit: a.used + 1 >= a.allowed }));
  };

  return (
    <div className="space-y-6">
      <PlanNotice allowance={allowance} planName={planName} />
      <Card title={t('add.title')} description={t('add.description')}>
        {sites.length === 0 ? (
          <div className="space-y-3 text-sm">
            <p>{t('add.needsSite')}</p>
            <Button asChild size="sm">
              <Link href="/dashboard/sites/new">{t('add.createSite')}</Link>
            </Button>
          </div>
        ) : (
          <AddDomainForm sites={sites} isDisabled={allowance.isAtLimit} onAdded={added} />
        )}
      </Card>
      <section aria-labelledby="domains-list-title" className="space-y-4">
        <h2 id="domains-list-title" className="text-base font-semibold">
          {t('list.title')}
        </h2>
        {domains.length === 0 ? (
          empty
        ) : (
          <ul className="space-y-4">
            {domains.map((domain) => (
              <li key={domain.id}>
                <DomainCard domain={domain} onChange={replace} onRemoved={removed} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function PlanNotice({ allowance, planName }: { allowance: DomainAllowance; planName: string }) {
  const tPlan = useTranslations('domains.plan');
  const text =
    allowance.allowed === 0
      ? tPlan('none', { plan: planName })
      : allowance.isAtLimit
        ? tPlan('full', { allowed: allowance.allowed, plan: planName })
        : tPlan('usage', { used: allowance.used, allowed: allowance.allowed, plan: planName });
  return (
    <Alert tone={allowance.isAtLimit ? 'warning' : 'info'} className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
      <span data-testid="domains-plan">{text}</span>
      {allowance.isAtLimit && (
        <Link href="/dashboard/billing" className="shrink-0 font-semibold underline underline-offset-4">
          {tPlan('upgrade')}
        </Link>
      )}
    </Alert>
  );
}

function AddDomainForm({ sites, isDisabled, onAdded }: { sites: Array<{ id: string; name: string }>; isDisabled: boolean; onAdded: (d: DomainView) => void }) {
  const tAdd = useTranslations('domains.add');
  const errorMessage = useDomainErrorMessage();
  const siteFieldId = useId();
  const [siteId, setSiteId] = useState(sites[0]?.id ?? '');
  const [hostname, setHostname] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const input = useRef<HTMLInputElement>(null);

  // A refusal puts the caret back in the field, once the form is enabled again.
  useEffect(() => {
    if (error && !isPending) input.current?.focus();
  }, [error, isPending]);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    if (hostname.trim() === '') {
      setError(errorMessage({ code: 'HOSTNAME_INVALID', details: { reason: 'EMPTY' } }));
      return;
    }
    setError(undefined);
    startTransition(async () => {
      try {
        const { domain } = await fetchJson<{ domain: DomainView }>('/api/v1/domains', { method: 'POST', json: { siteId, hostname } });
        onAdded(domain);
        setHostname('');
        setNotice(tAdd('added', { hostname: domain.displayHostname }));
      } catch (caught) {
        setError(errorMessage(caught));
      }
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <fieldset disabled={isDisabled || isPending} className="grid gap-4 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_auto] sm:items-start">
        <div className="flex flex-col gap-1.5">
          <label htmlFor={siteFieldId} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
            {tAdd('site')}
          </label>
          <select
            id={siteFieldId}
            value={siteId}
            onChange={(event) => setSiteId(event.target.value)}
            className="h-10 rounded-lg border border-zinc-300 bg-white px-3 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
          >
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </div>
        <Input
          ref={input}
          label={tAdd('hostname')}
          hint={tAdd('hostnameHint')}
          placeholder={tAdd('hostnamePlaceholder')}
          value={hostname}
          onChange={(event) => {
            setHostname(event.target.value);
            if (error) setError(undefined);
          }}
          error={error}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          inputMode="url"
          name="hostname"
        />
        <Button type="submit" className="sm:mt-6.5" aria-disabled={isPending}>
          {isPending ? tAdd('adding') : tAdd('submit')}
        </Button>
      </fieldset>
      <div aria-live="polite">{notice && <Alert tone="success">{notice}</Alert>}</div>
    </form>
  );
}

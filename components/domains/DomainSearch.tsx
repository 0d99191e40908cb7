'use client';
// Search a domain name, see whether it is free and its price, and buy it with the registrant's
// contact and an explicit agreement to the price shown.
import { LoaderCircle, Search } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Input } from '@/components/ui/Input';
import { registerDomainAction, searchDomainsAction } from '@/lib/domains/provider-actions';

type Result = { name: string; isAvailable: boolean; isPremium: boolean; priceCents: number | null; currency: string };
type Failure = { code: string; message: string };

const contactFields = ['firstName', 'lastName', 'email', 'phone', 'address1', 'city', 'stateProvince', 'postalCode', 'country'] as const;

export function DomainSearch() {
  const t = useTranslations('providers');
  const format = useFormatter();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Result[] | null>(null);
  const [chosen, setChosen] = useState<Result | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [bought, setBought] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const price = (r: Result) => (r.priceCents === null ? '' : format.number(r.priceCents / 100, { style: 'currency', currency: r.currency }));
  const explain = (f: Failure) =>
    ['RATE_LIMITED', 'PLAN_LIMIT', 'UNAVAILABLE', 'CONFLICT'].includes(f.code) ? `${t(`errors.${f.code}` as 'errors.CONFLICT')} ${f.message}` : f.message;

  function search(event: React.FormEvent) {
    event.preventDefault();
    setFailure(null);
    setChosen(null);
    startTransition(async () => {
      const response = await searchDomainsAction({ query }).catch(() => null);
      if (!response?.ok) return setFailure(response?.error ?? { code: 'NETWORK', message: t('errors.network') });
      setResults(response.data);
    });
  }

  function register(form: FormData) {
    if (!chosen || chosen.priceCents === null) return;
    setFailure(null);
    const registrant = Object.fromEntries(contactFields.map((f) => [f, String(form.get(f) ?? '')])) as Record<(typeof contactFields)[number], string>;
    startTransition(async () => {
      const response = await registerDomainAction({
        name: chosen.name,
        years: 1,
        registrant,
        expectedPriceCents: chosen.priceCents!,
        // The checkbox is required; the server refuses anything but true.
        consent: (form.get('consent') === 'on') as true,
      }).catch(() => null);
      if (!response?.ok) return setFailure(response?.error ?? { code: 'NETWORK', message: t('errors.network') });
      setBought(response.data.name);
      setChosen(null);
      setResults(null);
    });
  }

  return (
    <div className="space-y-4">
      <form onSubmit={search} className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <Input label={t('searchLabel')} hint={t('searchHint')} value={query} onChange={(e) => setQuery(e.target.value)} maxLength={253} required />
        </div>
        <Button type="submit" disabled={isPending}>
          {isPending ? <LoaderCircle className="size-4 motion-safe:animate-spin" /> : <Search className="size-4" />}
          {t('search')}
        </Button>
      </form>

      <div aria-live="polite" className="space-y-3">
        {failure && <Alert tone="error">{explain(failure)}</Alert>}
        {bought && <Alert tone="success">{t('registered', { name: bought })}</Alert>}
        {results && (
          <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {results.map((r) => (
              <li key={r.name} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                <span className="font-medium">{r.name}</span>
                <span className="flex items-center gap-3">
                  {r.isAvailable ? (
                    <>
                      <span className="text-emerald-700 dark:text-emerald-300">
                        {r.isPremium ? t('premium', { price: price(r) }) : t('available', { price: price(r) })}
                      </span>
                      <Button type="button" size="sm" variant="secondary" onClick={() => setChosen(r)} aria-label={t('chooseLabel', { name: r.name })}>
                        {t('choose')}
                      </Button>
                    </>
                  ) : (
                    <span className="text-zinc-500">{t('taken')}</span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>

      {chosen && (
        <form action={register} className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <h3 className="text-sm font-semibold">{t('registerTitle', { name: chosen.name })}</h3>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('contactWhy')}</p>
          <div className="grid gap-3 sm:grid-cols-2">
            {contactFields.map((field) => (
              <Input key={field} name={field} label={t(`contact.${field}`)} required maxLength={120} autoComplete="off" />
            ))}
          </div>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="consent" required className="mt-1" />
            <span>{t('consent', { name: chosen.name, price: price(chosen) })}</span>
          </label>
          <Button type="submit" disabled={isPending}>
            {isPending && <LoaderCircle className="size-4 motion-safe:animate-spin" />}
            {t('register', { price: price(chosen) })}
          </Button>
        </form>
      )}
    </div>
  );
}

'use client';
// Right after Checkout the plan can be confirmed before Stripe's invoice events arrive. Instead of
// "No invoices yet" until the owner reloads, this says the first invoice is on its way, polls the
// invoices API, and refreshes the page when it lands (for two minutes at most, then asks to reload).
import { LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { fetchJson } from '@/lib/fetch-json';

const POLL_MS = 1500;
const GIVE_UP_MS = 120_000;

export function InvoicePending() {
  const t = useTranslations('billing.page');
  const router = useRouter();
  const [gaveUp, setGaveUp] = useState(false);

  useEffect(() => {
    const started = Date.now();
    let stopped = false;
    async function poll() {
      while (!stopped) {
        const body = await fetchJson<{ invoices: unknown[] }>('/api/v1/billing/invoices', { cache: 'no-store' }).catch(() => null);
        if (body && body.invoices.length > 0) {
          router.refresh();
          return;
        }
        if (Date.now() - started > GIVE_UP_MS) {
          setGaveUp(true);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    }
    void poll();
    return () => {
      stopped = true;
    };
  }, [router]);

  return (
    <p role="status" className="inline-flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
      {!gaveUp && <LoaderCircle className="size-4 shrink-0 motion-safe:animate-spin" />}
      {gaveUp ? t('invoicePendingSlow') : t('invoicePending')}
    </p>
  );
}

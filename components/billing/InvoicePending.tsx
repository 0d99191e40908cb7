'use client';
// Right after Checkout the plan can be confirmed before Stripe's invoice events arrive. Instead of
// "No invoices yet" until the owner reloads, this says the first invoice is on its way, polls the
// invoices API, and refreshes the page when it lands (for two minutes at most, then asks to reload).
import { LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { fetchJson } from '@/lib/fetch-json';
import { usePollUntil } from './use-poll-until';

const POLL_MS = 1500;
const GIVE_UP_MS = 120_000;

export function InvoicePending() {
  const t = useTranslations('billing.page');
  const router = useRouter();
  const { gaveUp } = usePollUntil(
    () => fetchJson<{ invoices: unknown[] }>('/api/v1/billing/invoices', { cache: 'no-store' }).then((body) => body.invoices.length > 0),
    () => router.refresh(),
    { intervalMs: POLL_MS, giveUpMs: GIVE_UP_MS },
  );

  return (
    <p role="status" className="inline-flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
      {!gaveUp && <LoaderCircle className="size-4 shrink-0 motion-safe:animate-spin" />}
      {gaveUp ? t('invoicePendingSlow') : t('invoicePending')}
    </p>
  );
}

'use client';
// After Checkout: the plan is granted only when Stripe's signed events arrive, never on the
// redirect. This polls the subscription API and refreshes the page once Stripe has confirmed.
import { LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/Alert';
import { fetchJson } from '@/lib/fetch-json';
import { usePollUntil } from './use-poll-until';

const POLL_MS = 1000;
const SLOW_AFTER_MS = 20_000;

export function CheckoutConfirmation() {
  const t = useTranslations('billing.page');
  const router = useRouter();
  const { isSlow } = usePollUntil(
    () => fetchJson<{ subscription: unknown }>('/api/v1/billing/subscription', { cache: 'no-store' }).then((body) => Boolean(body.subscription)),
    () => {
      router.replace('/dashboard/billing?checkout=confirmed');
      router.refresh();
    },
    { intervalMs: POLL_MS, slowAfterMs: SLOW_AFTER_MS, backoffAfterMs: 60_000 },
  );

  return (
    <Alert tone="info">
      <span className="inline-flex items-center gap-2">
        <LoaderCircle className="size-4 shrink-0 motion-safe:animate-spin" />
        {isSlow ? t('confirmSlow') : t('confirming')}
      </span>
    </Alert>
  );
}

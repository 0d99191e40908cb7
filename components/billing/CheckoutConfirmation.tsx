'use client';
// After Checkout: the plan is granted only when Stripe's signed events arrive, never on the
// redirect. This polls the subscription API and refreshes the page once Stripe has confirmed.
import { LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { fetchJson } from '@/lib/fetch-json';

const POLL_MS = 1000;
const SLOW_AFTER_MS = 20_000;

export function CheckoutConfirmation() {
  const t = useTranslations('billing.page');
  const router = useRouter();
  const [isSlow, setIsSlow] = useState(false);

  useEffect(() => {
    const started = Date.now();
    let stopped = false;
    async function poll() {
      while (!stopped) {
        // A failed poll (offline, a server error) is like "not yet": try again.
        const body = await fetchJson<{ subscription: unknown }>('/api/v1/billing/subscription', { cache: 'no-store' }).catch(() => null);
        if (body?.subscription) {
          router.replace('/dashboard/billing?checkout=confirmed');
          router.refresh();
          return;
        }
        if (Date.now() - started > SLOW_AFTER_MS) setIsSlow(true);
        await new Promise((resolve) => setTimeout(resolve, Date.now() - started > 60_000 ? POLL_MS * 5 : POLL_MS));
      }
    }
    void poll();
    return () => {
      stopped = true;
    };
  }, [router]);

  return (
    <Alert tone="info">
      <span className="inline-flex items-center gap-2">
        <LoaderCircle className="size-4 shrink-0 motion-safe:animate-spin" />
        {isSlow ? t('confirmSlow') : t('confirming')}
      </span>
    </Alert>
  );
}

'use client';
// Opens the Stripe customer portal (plan, card, cancellation, invoices).
import { ExternalLink, LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { portalAction } from '@/lib/billing/actions';
import { Button } from '@/components/ui/Button';
import { useToast } from '@/components/ui/Toaster';

export function ManageBillingButton({ label, variant = 'secondary' }: { label?: string; variant?: 'primary' | 'secondary' }) {
  const t = useTranslations('billing.page');
  const toast = useToast();
  const [isPending, startTransition] = useTransition();
  function open() {
    startTransition(async () => {
      const result = await portalAction().catch(() => null);
      if (result?.ok) window.location.assign(result.data.url);
      else toast({ tone: 'error', title: t('openFailed') });
    });
  }
  return (
    <Button type="button" variant={variant} onClick={open} disabled={isPending}>
      {isPending ? <LoaderCircle className="size-4 motion-safe:animate-spin" /> : <ExternalLink className="size-4" />}
      {isPending ? t('opening') : (label ?? t('manage'))}
    </Button>
  );
}

'use client';
// Cancels an export that is queued or running; the page then shows it cancelled.
import { Ban } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { cancelBuildAction } from '@/lib/builds/actions';
import { Button } from '@/components/ui/Button';
import { useToast } from '@/components/ui/Toaster';

export function CancelBuildButton({ siteId, buildId }: { siteId: string; buildId: string }) {
  const t = useTranslations('sites.builds.cancel');
  const toast = useToast();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  function cancel() {
    startTransition(async () => {
      const result = await cancelBuildAction({ siteId, buildId }).catch(() => null);
      if (result?.ok) toast({ tone: 'success', title: t('done') });
      else toast({ tone: 'error', title: t('failed'), description: result && !result.ok ? result.error.message : undefined });
      router.refresh();
    });
  }

  return (
    <Button type="button" variant="secondary" size="sm" className="sm:ml-auto" onClick={cancel} disabled={isPending}>
      <Ban className="size-3.5" />
      {isPending ? t('cancelling') : t('button')}
    </Button>
  );
}

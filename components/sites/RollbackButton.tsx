'use client';
// Puts an earlier version back live, after a confirmation.
import { RotateCcw } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { rollbackAction } from '@/lib/publish/actions';
import { Button } from '@/components/ui/Button';
import { Dialog, DialogClose } from '@/components/ui/Dialog';
import { useToast } from '@/components/ui/Toaster';

export function RollbackButton({ siteId, versionId, number, liveNumber }: { siteId: string; versionId: string; number: number; liveNumber: number | null }) {
  const t = useTranslations('sites.site.versions');
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [isPending, startTransition] = useTransition();

  function confirm() {
    startTransition(async () => {
      const result = await rollbackAction({ siteId, versionId }).catch(() => null);
      if (result?.ok) {
        setOpen(false);
        toast({ tone: 'success', title: t('rolledBack', { number: result.data.number }) });
      } else {
        toast({ tone: 'error', title: t('rollbackFailed') });
      }
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !isPending && setOpen(next)}
      title={t('confirmTitle', { number })}
      description={liveNumber ? t('confirmBody', { number, live: liveNumber }) : t('confirmBodyOffline', { number })}
      trigger={
        <Button type="button" variant="secondary" size="sm" aria-label={t('rollbackLabel', { number })}>
          <RotateCcw className="size-3.5" />
          {t('rollback')}
        </Button>
      }
    >
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <DialogClose asChild>
          <Button type="button" variant="secondary" disabled={isPending}>
            {t('cancel')}
          </Button>
        </DialogClose>
        <Button type="button" onClick={confirm} disabled={isPending}>
          {isPending ? t('rollingBack') : t('confirm', { number })}
        </Button>
      </div>
    </Dialog>
  );
}

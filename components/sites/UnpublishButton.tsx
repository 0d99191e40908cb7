'use client';
// Takes the site offline (its versions are kept), after a confirmation.
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { unpublishAction } from '@/lib/publish/actions';
import { Button } from '@/components/ui/Button';
import { Dialog, DialogClose } from '@/components/ui/Dialog';
import { useToast } from '@/components/ui/Toaster';

export function UnpublishButton({ siteId, host }: { siteId: string; host: string }) {
  const t = useTranslations('sites.site.danger');
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [isPending, startTransition] = useTransition();

  function confirm() {
    startTransition(async () => {
      const result = await unpublishAction({ siteId }).catch(() => null);
      if (result?.ok) {
        setOpen(false);
        toast({ tone: 'success', title: t('unpublished') });
      } else {
        toast({ tone: 'error', title: t('failed') });
      }
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !isPending && setOpen(next)}
      title={t('unpublishTitle')}
      description={t('unpublishBody', { host })}
      trigger={
        <Button type="button" variant="secondary" className="w-full sm:w-auto">
          {t('unpublish')}
        </Button>
      }
    >
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <DialogClose asChild>
          <Button type="button" variant="secondary" disabled={isPending}>
            {t('cancel')}
          </Button>
        </DialogClose>
        <Button type="button" variant="danger" onClick={confirm} disabled={isPending}>
          {isPending ? t('unpublishing') : t('unpublishConfirm')}
        </Button>
      </div>
    </Dialog>
  );
}

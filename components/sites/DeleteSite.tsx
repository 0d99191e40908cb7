'use client';
// Deleting a site: the owner types its name to confirm, then returns to the Sites list.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { deleteSiteAction } from '@/lib/sites/actions';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Dialog, DialogClose } from '@/components/ui/Dialog';
import { Input } from '@/components/ui/Input';
import { useToast } from '@/components/ui/Toaster';

export function DeleteSite({ siteId, name }: { siteId: string; name: string }) {
  const t = useTranslations('sites.site.danger');
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const matches = typed.trim() === name.trim();

  function onOpenChange(next: boolean) {
    if (isPending) return;
    setOpen(next);
    setTyped('');
    setError(null);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!matches) return;
    setError(null);
    startTransition(async () => {
      const result = await deleteSiteAction({ siteId }).catch(() => null);
      if (result?.ok) {
        toast({ tone: 'success', title: t('deleted', { name }) });
        router.replace('/dashboard');
        return;
      }
      setError(t('failed'));
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('deleteTitle', { name })}
      description={t('deleteBody')}
      trigger={
        <Button type="button" variant="danger" className="w-full sm:w-auto">
          {t('delete')}
        </Button>
      }
    >
      <form onSubmit={onSubmit} className="flex flex-col gap-4">
        {error && <Alert tone="error">{error}</Alert>}
        <Input
          label={t('confirmLabel', { name })}
          name="confirmName"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          readOnly={isPending}
        />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <DialogClose asChild>
            <Button type="button" variant="secondary" disabled={isPending}>
              {t('cancel')}
            </Button>
          </DialogClose>
          <Button type="submit" variant="danger" disabled={!matches || isPending}>
            {isPending ? t('deleting') : t('deleteConfirm')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

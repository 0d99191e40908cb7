'use client';
// Removing a domain, after the owner confirms in a dialog.
import { Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import type { DomainView } from '@/lib/domains/queries';
import { fetchJson } from '@/lib/fetch-json';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Dialog, DialogClose } from '@/components/ui/Dialog';
import { useToast } from '@/components/ui/Toaster';
import { useDomainErrorMessage } from './use-domain-error';

export function RemoveDomain({ domain, onRemoved }: { domain: DomainView; onRemoved: (id: string) => void }) {
  const t = useTranslations('domains.remove');
  const toast = useToast();
  const errorMessage = useDomainErrorMessage();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function remove() {
    setError(null);
    startTransition(async () => {
      try {
        await fetchJson(`/api/v1/domains/${domain.id}`, { method: 'DELETE' });
        setOpen(false);
        onRemoved(domain.id);
        toast({ tone: 'success', title: t('removed', { hostname: domain.displayHostname }) });
      } catch (caught) {
        setError(errorMessage(caught));
      }
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (isPending) return;
        setOpen(next);
        setError(null);
      }}
      title={t('title', { hostname: domain.displayHostname })}
      description={t('body')}
      trigger={
        <Button type="button" size="sm" variant="ghost" className="text-red-700 dark:text-red-400">
          <Trash2 className="size-4" aria-hidden />
          {t('button')}
        </Button>
      }
    >
      <div className="space-y-4">
        {error && <Alert tone="error">{error}</Alert>}
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button type="button" variant="secondary" disabled={isPending}>
              {t('cancel')}
            </Button>
          </DialogClose>
          <Button type="button" variant="danger" onClick={remove} disabled={isPending}>
            {t('confirm')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

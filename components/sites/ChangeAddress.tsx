'use client';
// Changing a site's address on its page: the new one checked as the owner types, then a confirmation
// that says the old address redirects for 30 days and is then free for anyone.
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { changeAddressAction } from '@/lib/domains/address-actions';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Dialog, DialogClose } from '@/components/ui/Dialog';
import { useToast } from '@/components/ui/Toaster';
import { AddressField, type OriginParts } from './AddressField';
import { useAddressCheck, type AddressState } from './use-address-check';

const REDIRECT_DAYS = 30;

export function ChangeAddress({ siteId, slug, parts, isPublished }: { siteId: string; slug: string; parts: OriginParts; isPublished: boolean }) {
  const t = useTranslations('sites.site.address');
  const format = useFormatter();
  const router = useRouter();
  const toast = useToast();
  const [value, setValue] = useState(slug);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [until, setUntil] = useState<Date | null>(null);
  const [isPending, startTransition] = useTransition();
  const queryClient = useQueryClient();
  const checked = useAddressCheck(value, { siteId });
  // The address the page was rendered with is the site's own, whatever an earlier check answered.
  const state: AddressState = value === slug ? { status: 'current', slug } : checked;
  const isChanged = value !== slug;
  const canChange = isChanged && state.status === 'free';
  const url = (label: string) => `${parts.scheme}${label}${parts.suffix}`;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!canChange) return;
    setError(null);
    setUntil(new Date(Date.now() + REDIRECT_DAYS * 86_400_000));
    setOpen(true);
  }

  function onOpenChange(next: boolean) {
    if (isPending) return;
    setOpen(next);
    setError(null);
  }

  function onConfirm() {
    startTransition(async () => {
      const result = await changeAddressAction({ siteId, slug: value }).catch(() => null);
      if (result?.ok) {
        // Both addresses changed hands: earlier answers about them are wrong now.
        queryClient.removeQueries({ queryKey: ['site-address'] });
        setOpen(false);
        toast({ tone: 'success', title: t('changed', { slug: result.data.slug }) });
        router.refresh();
        return;
      }
      const code = result && !result.ok ? result.error.code : null;
      setError(code === 'CONFLICT' ? t('taken') : code === 'INVALID_INPUT' ? t('invalid') : t('failed'));
    });
  }

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1">
          <AddressField value={value} onChange={setValue} state={state} parts={parts} disabled={isPending} />
        </div>
        <Button type="submit" variant="secondary" disabled={!canChange || isPending} className="shrink-0 sm:mt-7">
          {t('submit')}
        </Button>
      </form>
      <Dialog open={open} onOpenChange={onOpenChange} title={t('confirmTitle', { slug: value })}>
        <div className="flex flex-col gap-4">
          {error && <Alert tone="error">{error}</Alert>}
          <div className="space-y-2 text-sm text-zinc-700 dark:text-zinc-300">
            <p className="break-words">
              {t('confirmRedirect', { old: url(slug), new: url(value), date: until ? format.dateTime(until, { dateStyle: 'long' }) : '' })}
            </p>
            <p className="break-words">{t('confirmFree', { old: url(slug) })}</p>
            {isPublished && <p>{t('confirmLinks')}</p>}
          </div>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <DialogClose asChild>
              <Button type="button" variant="secondary" disabled={isPending}>
                {t('cancel')}
              </Button>
            </DialogClose>
            <Button type="button" onClick={onConfirm} disabled={isPending}>
              {isPending ? t('changing') : t('confirm')}
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}

'use client';
// Deleting the account: a dialog says what happens to the subscription, asks for the email as
// confirmation, then signs out (also when the deletion waits for Stripe: the account is locked).
import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { deleteAccountAction } from '@/lib/billing/actions';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Dialog, DialogClose } from '@/components/ui/Dialog';
import { Input } from '@/components/ui/Input';

export function DeleteAccount({ email, hasSubscription }: { email: string; hasSubscription: boolean }) {
  const t = useTranslations('settings.danger');
  const common = useTranslations('settings.errors');
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const matches = typed.trim().toLowerCase() === email.toLowerCase();

  function onOpenChange(next: boolean) {
    if (isPending) return;
    setOpen(next);
    setTyped('');
    setError(null);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await deleteAccountAction({ email: typed }).catch(() => null);
      if (result?.ok) {
        await signOut({ callbackUrl: '/?deleted=1' });
        return;
      }
      setError(result?.error.code === 'INVALID_INPUT' ? t('errors.email') : common('default'));
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('dialogTitle')}
      description={t('dialogDescription')}
      trigger={
        <Button type="button" variant="danger">
          {t('delete')}
        </Button>
      }
    >
      <form onSubmit={onSubmit} className="flex flex-col gap-4">
        {hasSubscription && (
          <div className="flex flex-col gap-2 text-sm text-zinc-700 dark:text-zinc-300">
            <p>{t('subscription')}</p>
            <p>{t('pending')}</p>
          </div>
        )}
        {error && <Alert tone="error">{error}</Alert>}
        <Input
          label={t('confirmLabel', { email })}
          name="confirmEmail"
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
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
            {isPending ? t('deleting') : t('confirm')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

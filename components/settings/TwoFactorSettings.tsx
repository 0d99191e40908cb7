'use client';
// Two-factor sign-in: turn on (password, then QR code and a first code, then the recovery codes
// shown once) and turn off (password).
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from '@/lib/auth/account-actions';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Dialog, DialogClose } from '@/components/ui/Dialog';
import { Input } from '@/components/ui/Input';
import { useToast } from '@/components/ui/Toaster';

type Setup = { step: 'password' } | { step: 'scan'; secret: string; uri: string; qrDataUrl: string } | { step: 'codes'; recoveryCodes: string[] };

type Props = { isEnabled: boolean; hasPassword: boolean; email: string };

export function TwoFactorSettings({ isEnabled, hasPassword, email }: Props) {
  const t = useTranslations('settings.twoFactor');
  const common = useTranslations('settings.errors');
  const toast = useToast();
  const [isPending, startTransition] = useTransition();
  const [setupOpen, setSetupOpen] = useState(false);
  const [setup, setSetup] = useState<Setup>({ step: 'password' });
  const [disableOpen, setDisableOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Both dialogs stay mounted while the page re-renders with the new state (the recovery codes
  // must survive the refresh that follows turning two-factor sign-in on).
  function openSetup(open: boolean) {
    setSetupOpen(open);
    setError(null);
    if (open) setSetup({ step: 'password' });
  }

  function openDisable(open: boolean) {
    setDisableOpen(open);
    setError(null);
  }

  function explain(code: string | undefined, field: 'password' | 'code'): string {
    if (code === 'INVALID_INPUT') return t(field === 'password' ? 'errors.password' : 'errors.code');
    if (code === 'CONFLICT') return t(field === 'password' ? 'errors.alreadyOn' : 'errors.restart');
    return common('default');
  }

  function onPassword(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    setError(null);
    startTransition(async () => {
      const result = await startTwoFactorAction({ password }).catch(() => null);
      if (result?.ok) setSetup({ step: 'scan', ...result.data });
      else setError(explain(result?.error.code, 'password'));
    });
  }

  function onCode(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const code = String(new FormData(form).get('code') ?? '');
    setError(null);
    startTransition(async () => {
      const result = await confirmTwoFactorAction({ code }).catch(() => null);
      if (result?.ok) {
        setSetup({ step: 'codes', recoveryCodes: result.data.recoveryCodes });
        toast({ tone: 'success', title: t('enabled') });
      } else {
        form.reset();
        setError(explain(result?.error.code, 'code'));
      }
    });
  }

  function onDisable(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    setError(null);
    startTransition(async () => {
      const result = await disableTwoFactorAction({ password }).catch(() => null);
      if (result?.ok) {
        setDisableOpen(false);
        toast({ tone: 'success', title: t('disabled') });
      } else {
        setError(result?.error.code === 'INVALID_INPUT' ? t('errors.password') : common('default'));
      }
    });
  }

  const codesText = (codes: string[]) => `${t('fileIntro', { email })}\n\n${codes.join('\n')}\n`;

  function download(codes: string[]) {
    const url = URL.createObjectURL(new Blob([codesText(codes)], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'page-magic-recovery-codes.txt';
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }

  async function copy(codes: string[]) {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      toast({ tone: 'success', title: t('copied') });
    } catch {
      toast({ tone: 'error', title: t('copyFailed') });
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex items-start gap-3">
          <span
            className={
              isEnabled
                ? 'mt-0.5 shrink-0 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200'
                : 'mt-0.5 shrink-0 rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300'
            }
          >
            {isEnabled ? t('badgeOn') : t('badgeOff')}
          </span>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{isEnabled ? t('statusOn') : t('statusOff')}</p>
        </div>
        <div className="shrink-0">
          <Dialog
            open={setupOpen}
            onOpenChange={openSetup}
            trigger={
              isEnabled ? undefined : (
                <Button type="button" disabled={!hasPassword}>
                  {t('turnOn')}
                </Button>
              )
            }
            title={setup.step === 'codes' ? t('codesTitle') : t('setupTitle')}
            description={setup.step === 'password' ? t('passwordStep') : setup.step === 'scan' ? t('scanStep') : t('codesStep')}
          >
            {setup.step === 'password' && (
              <form onSubmit={onPassword} className="flex flex-col gap-4">
                {error && <Alert tone="error">{error}</Alert>}
                <Input label={t('password')} name="password" type="password" autoComplete="current-password" required maxLength={200} autoFocus />
                <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
                  <DialogClose asChild>
                    <Button type="button" variant="secondary">
                      {t('cancel')}
                    </Button>
                  </DialogClose>
                  <Button type="submit" disabled={isPending}>
                    {isPending ? t('checking') : t('continue')}
                  </Button>
                </div>
              </form>
            )}

            {setup.step === 'scan' && (
              <form onSubmit={onCode} className="flex flex-col gap-4">
                {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server; nothing to optimise */}
                <img src={setup.qrDataUrl} alt={t('qrAlt')} width={220} height={220} className="mx-auto rounded-lg bg-white p-2" />
                <div className="flex flex-col gap-1">
                  <p className="text-sm text-zinc-700 dark:text-zinc-300">{t('secretLabel')}</p>
                  <code data-testid="totp-secret" className="rounded-lg bg-zinc-100 px-3 py-2 font-mono text-sm break-all select-all dark:bg-zinc-800">
                    {setup.secret}
                  </code>
                  <a href={setup.uri} className="text-sm font-medium text-brand-700 underline-offset-4 hover:underline dark:text-brand-300 sm:hidden">
                    {t('openInApp')}
                  </a>
                </div>
                {error && <Alert tone="error">{error}</Alert>}
                <Input
                  label={t('code')}
                  hint={t('codeHint')}
                  name="code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  pattern="[0-9 ]*"
                  required
                  maxLength={7}
                  className="font-mono tracking-widest"
                  autoFocus
                />
                <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
                  <DialogClose asChild>
                    <Button type="button" variant="secondary">
                      {t('cancel')}
                    </Button>
                  </DialogClose>
                  <Button type="submit" disabled={isPending}>
                    {isPending ? t('confirming') : t('confirm')}
                  </Button>
                </div>
              </form>
            )}

            {setup.step === 'codes' && (
              <div className="flex flex-col gap-4">
                <ul aria-label={t('codesLabel')} className="grid grid-cols-2 gap-x-4 gap-y-2 rounded-lg bg-zinc-100 p-4 font-mono text-sm dark:bg-zinc-800">
                  {setup.recoveryCodes.map((code) => (
                    <li key={code}>{code}</li>
                  ))}
                </ul>
                <div className="flex flex-col gap-2 sm:flex-row">
                  <Button type="button" variant="secondary" onClick={() => download(setup.recoveryCodes)}>
                    {t('download')}
                  </Button>
                  <Button type="button" variant="secondary" onClick={() => void copy(setup.recoveryCodes)}>
                    {t('copy')}
                  </Button>
                  <DialogClose asChild>
                    <Button type="button" className="sm:ml-auto">
                      {t('saved')}
                    </Button>
                  </DialogClose>
                </div>
              </div>
            )}
          </Dialog>
          <Dialog
            open={disableOpen}
            onOpenChange={openDisable}
            title={t('disableTitle')}
            description={t('disableDescription')}
            trigger={
              isEnabled ? (
                <Button type="button" variant="secondary" disabled={!hasPassword}>
                  {t('turnOff')}
                </Button>
              ) : undefined
            }
          >
            <form onSubmit={onDisable} className="flex flex-col gap-4">
              {error && <Alert tone="error">{error}</Alert>}
              <Input label={t('password')} name="password" type="password" autoComplete="current-password" required maxLength={200} autoFocus />
              <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
                <DialogClose asChild>
                  <Button type="button" variant="secondary">
                    {t('cancel')}
                  </Button>
                </DialogClose>
                <Button type="submit" variant="danger" disabled={isPending}>
                  {isPending ? t('disabling') : t('disableSubmit')}
                </Button>
              </div>
            </form>
          </Dialog>
        </div>
      </div>
      {!hasPassword && <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('needsPassword')}</p>}
    </div>
  );
}

'use client';
// The code form of the two-factor step, and a way out (sign out) for the wrong account.
import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { verifyTwoFactorAction } from '@/lib/auth/actions';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Input } from '@/components/ui/Input';

export function TwoFactorForm() {
  const t = useTranslations('auth.twoFactor');
  const errors = useTranslations('auth.errors');
  const [state, formAction, isPending] = useActionState(verifyTwoFactorAction, null);
  const [isSigningOut, setSigningOut] = useState(false);
  const failure = state && !state.ok ? state.error.code : null;
  const message =
    failure === 'INVALID_INPUT' ? errors('TOTP_INVALID') : failure === 'RATE_LIMITED' ? errors('RATE_LIMITED') : failure ? errors('default') : null;

  return (
    <div className="mt-6 flex flex-col gap-6">
      <form action={formAction} className="flex flex-col gap-4">
        {message && <Alert tone="error">{message}</Alert>}
        <Input
          label={t('code')}
          hint={t('codeHint')}
          name="code"
          type="text"
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          required
          maxLength={20}
          className="font-mono tracking-wider"
          readOnly={isPending}
        />
        <Button type="submit" disabled={isPending} className="w-full">
          {isPending ? t('submitting') : t('submit')}
        </Button>
      </form>
      <p className="border-t border-zinc-200 pt-6 text-center text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
        {t('otherAccount')}{' '}
        <button
          type="button"
          disabled={isSigningOut}
          onClick={() => {
            setSigningOut(true);
            void signOut({ callbackUrl: '/sign-in' });
          }}
          className="font-medium text-brand-700 underline-offset-4 hover:underline dark:text-brand-300"
        >
          {isSigningOut ? t('signingOut') : t('signOut')}
        </button>
      </p>
    </div>
  );
}

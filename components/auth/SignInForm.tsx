'use client';
// The sign-in screen's forms: email + password (asking for the second factor when the account
// has one), a magic link, and the OAuth providers this server has keys for.
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Input } from '@/components/ui/Input';

type Props = {
  callbackUrl: string;
  initialError: string | null;
  initialNeedsCode: boolean;
  hasGithub: boolean;
  hasGoogle: boolean;
};

const knownErrors = new Set(['INVALID_CREDENTIALS', 'TOTP_INVALID', 'RATE_LIMITED', 'ACCOUNT_LOCKED', 'ACCOUNT_DELETING', 'EmailSignin']);

export function SignInForm({ callbackUrl, initialError, initialNeedsCode, hasGithub, hasGoogle }: Props) {
  const t = useTranslations('auth.signIn');
  const errors = useTranslations('auth.errors');
  const router = useRouter();
  const [needsCode, setNeedsCode] = useState(initialNeedsCode);
  const [error, setError] = useState<string | null>(initialError);
  const [isPending, startTransition] = useTransition();
  const [magicError, setMagicError] = useState<string | null>(null);
  const [isMagicPending, startMagicTransition] = useTransition();
  const [oauthPending, setOauthPending] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const [focusCode, setFocusCode] = useState(0);

  useEffect(() => {
    if (focusCode) codeRef.current?.focus();
  }, [focusCode]);

  function explain(code: string | null | undefined): string {
    return errors(code && knownErrors.has(code) ? code : 'default');
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    // Always send a string: next-auth would send an absent value as the text "undefined".
    const code = needsCode ? String(form.get('code') ?? '').trim() : '';
    setError(null);
    startTransition(async () => {
      const result = await signIn('credentials', { redirect: false, email, password, code, callbackUrl }).catch(() => undefined);
      if (result?.ok && !result.error) {
        router.push(callbackUrl);
        router.refresh();
        return;
      }
      const failure = result?.error;
      if (failure === 'TOTP_REQUIRED') {
        setNeedsCode(true);
        setFocusCode((n) => n + 1);
        return;
      }
      if (failure === 'TOTP_INVALID' && codeRef.current) {
        codeRef.current.value = '';
        setFocusCode((n) => n + 1);
      }
      setError(explain(failure));
    });
  }

  function onMagicSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('magicEmail') ?? '');
    setMagicError(null);
    startMagicTransition(async () => {
      const result = await signIn('email', { email, redirect: false, callbackUrl }).catch(() => undefined);
      if (result?.ok && !result.error) {
        router.push('/sign-in/check-email');
        return;
      }
      setMagicError(explain(result?.error === 'RATE_LIMITED' ? 'RATE_LIMITED' : 'EmailSignin'));
    });
  }

  function onOAuth(provider: 'github' | 'google') {
    setOauthPending(provider);
    // Leaves the page for the provider; the pending label stays until it does.
    void signIn(provider, { callbackUrl }).catch(() => {
      setOauthPending(null);
      setError(errors('OAuthFailed'));
    });
  }

  return (
    <div className="mt-6 flex flex-col gap-6">
      <form onSubmit={onSubmit} className="flex flex-col gap-4">
        {error && <Alert tone="error">{error}</Alert>}
        {needsCode && !error && <Alert tone="info">{t('codeNeeded')}</Alert>}
        <Input label={t('email')} name="email" type="email" autoComplete="email" required maxLength={320} readOnly={isPending} />
        <Input label={t('password')} name="password" type="password" autoComplete="current-password" required maxLength={200} readOnly={isPending} />
        {needsCode && (
          <Input
            ref={codeRef}
            label={t('code')}
            hint={t('codeHint')}
            name="code"
            type="text"
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            required
            maxLength={20}
            className="font-mono tracking-wider"
            readOnly={isPending}
          />
        )}
        <Button type="submit" disabled={isPending} aria-disabled={isPending} className="w-full">
          {isPending ? t('submitting') : t('submit')}
        </Button>
      </form>

      <div className="flex items-center gap-3 text-xs tracking-wide text-zinc-500 uppercase dark:text-zinc-400" aria-hidden="true">
        <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
        {t('divider')}
        <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
      </div>

      {(hasGithub || hasGoogle) && (
        <div className="flex flex-col gap-3">
          {hasGithub && (
            <Button type="button" variant="secondary" className="w-full" disabled={oauthPending !== null} onClick={() => onOAuth('github')}>
              <GitHubMark />
              {oauthPending === 'github' ? t('redirecting') : t('github')}
            </Button>
          )}
          {hasGoogle && (
            <Button type="button" variant="secondary" className="w-full" disabled={oauthPending !== null} onClick={() => onOAuth('google')}>
              <GoogleMark />
              {oauthPending === 'google' ? t('redirecting') : t('google')}
            </Button>
          )}
        </div>
      )}

      <section aria-labelledby="magic-link-title" className="flex flex-col gap-3 rounded-xl bg-zinc-50 p-4 dark:bg-zinc-950/60">
        <div>
          <h2 id="magic-link-title" className="text-sm font-semibold">
            {t('magicTitle')}
          </h2>
          <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{t('magicDescription')}</p>
        </div>
        <form onSubmit={onMagicSubmit} className="flex flex-col gap-3">
          {magicError && <Alert tone="error">{magicError}</Alert>}
          <Input label={t('magicEmail')} name="magicEmail" type="email" autoComplete="email" required maxLength={320} readOnly={isMagicPending} />
          <Button type="submit" variant="secondary" disabled={isMagicPending} className="w-full">
            {isMagicPending ? t('magicSending') : t('magicSubmit')}
          </Button>
        </form>
      </section>
    </div>
  );
}

function GitHubMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="currentColor">
      <path d="M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.013 8.013 0 0016 8c0-4.42-3.58-8-8-8z" />
    </svg>
  );
}

function GoogleMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4">
      <path fill="#4285F4" d="M22.56 12.25c0-.78-.07-1.53-.2-2.25H12v4.26h5.92a5.06 5.06 0 01-2.2 3.32v2.76h3.57c2.08-1.92 3.27-4.74 3.27-8.09z" />
      <path fill="#34A853" d="M12 23c2.97 0 5.46-.98 7.28-2.66l-3.57-2.76c-.98.66-2.23 1.06-3.71 1.06-2.86 0-5.29-1.93-6.16-4.53H2.18v2.84A11 11 0 0012 23z" />
      <path fill="#FBBC05" d="M5.84 14.11A6.6 6.6 0 015.5 12c0-.73.13-1.44.34-2.11V7.05H2.18A11 11 0 001 12c0 1.78.43 3.46 1.18 4.95l3.66-2.84z" />
      <path fill="#EA4335" d="M12 5.38c1.62 0 3.06.56 4.21 1.64l3.15-3.15C17.45 2.09 14.97 1 12 1A11 11 0 002.18 7.05l3.66 2.84C6.71 7.31 9.14 5.38 12 5.38z" />
    </svg>
  );
}

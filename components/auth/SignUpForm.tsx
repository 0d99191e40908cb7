'use client';
// The sign-up form: signUpAction answers "check your email" for every address (the link in it makes
// the account), or lets the owner of an existing account who typed their own password straight in.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { signUpAction } from '@/lib/auth/actions';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Input } from '@/components/ui/Input';

type Field = 'name' | 'email' | 'password';
type Problem = { kind: 'fields' } | { kind: 'signInFailed' } | { kind: 'message'; text: string };

const linkClass = 'font-medium underline underline-offset-4';

export function SignUpForm() {
  const t = useTranslations('auth.signUp');
  const errors = useTranslations('auth.errors');
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    setProblem(null);
    setFieldErrors({});
    startTransition(async () => {
      const result = await signUpAction(input).catch(() => null);
      if (!result) {
        setProblem({ kind: 'message', text: errors('default') });
        return;
      }
      if (!result.ok) {
        const { code, fields } = result.error;
        if (code === 'INVALID_INPUT' && fields) {
          // The server's messages are English; each field has one localized explanation.
          const next: Partial<Record<Field, string>> = {};
          if (fields.name) next.name = t('errors.name');
          if (fields.email) next.email = t('errors.email');
          if (fields.password) next.password = t('errors.password');
          setFieldErrors(next);
          setProblem({ kind: 'fields' });
        } else {
          setProblem({ kind: 'message', text: code === 'RATE_LIMITED' ? t('errors.rateLimited') : errors('default') });
        }
        return;
      }
      if (result.data === 'check-email') {
        router.push('/sign-up/check-email');
        return;
      }
      const signedIn = await signIn('credentials', { redirect: false, email: input.email, password: input.password, code: '' }).catch(() => undefined);
      if (signedIn?.error === 'TOTP_REQUIRED') {
        router.push('/sign-in?error=TOTP_REQUIRED');
        return;
      }
      if (!signedIn?.ok || signedIn.error) {
        setProblem({ kind: 'signInFailed' });
        return;
      }
      router.push('/dashboard');
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 flex flex-col gap-4">
      {problem && (
        <Alert tone="error">
          {problem.kind === 'signInFailed' &&
            t.rich('errors.signInFailed', {
              link: (chunks) => (
                <Link href="/sign-in" className={linkClass}>
                  {chunks}
                </Link>
              ),
            })}
          {problem.kind === 'fields' && t('errors.fields')}
          {problem.kind === 'message' && problem.text}
        </Alert>
      )}
      <Input label={t('name')} name="name" autoComplete="name" required maxLength={100} error={fieldErrors.name} readOnly={isPending} />
      <Input label={t('email')} name="email" type="email" autoComplete="email" required maxLength={320} error={fieldErrors.email} readOnly={isPending} />
      <Input
        label={t('password')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={200}
        hint={t('passwordHint')}
        error={fieldErrors.password}
        readOnly={isPending}
      />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}

// Sign in: email and password (with a second factor when the account has one), a magic link,
// and GitHub/Google when this server has their keys.
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/SignInForm';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { findCurrentUser } from '@/lib/auth/require-user';
import { env, features } from '@/lib/env';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signIn');
  return { title: t('metaTitle') };
}

// next-auth's error codes (and our credentials ones), each to the message that explains it.
const errorKeys: Record<string, string> = {
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  CredentialsSignin: 'INVALID_CREDENTIALS',
  TOTP_INVALID: 'TOTP_INVALID',
  RATE_LIMITED: 'RATE_LIMITED',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  ACCOUNT_DELETING: 'ACCOUNT_DELETING',
  EmailSignin: 'EmailSignin',
  EmailCreateAccount: 'EmailSignin',
  Verification: 'Verification',
  OAuthAccountNotLinked: 'OAuthAccountNotLinked',
  OAuthSignin: 'OAuthFailed',
  OAuthCallback: 'OAuthFailed',
  OAuthCreateAccount: 'OAuthFailed',
  Callback: 'OAuthFailed',
  SessionRequired: 'SessionRequired',
  AccessDenied: 'AccessDenied',
  Configuration: 'Configuration',
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl), env.NEXTAUTH_URL);
  if (await findCurrentUser()) redirect(callbackUrl ?? '/dashboard');

  const t = await getTranslations('auth.signIn');
  const errors = await getTranslations('auth.errors');
  const errorCode = first(params.error);
  const needsCode = errorCode === 'TOTP_REQUIRED';
  const initialError = errorCode && !needsCode ? errors(errorKeys[errorCode] ?? 'default') : null;

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t('subtitle')}</p>
      <SignInForm
        callbackUrl={callbackUrl ?? '/dashboard'}
        initialError={initialError}
        initialNeedsCode={needsCode}
        hasGithub={features.github}
        hasGoogle={features.google}
      />
      <p className="mt-8 border-t border-zinc-200 pt-6 text-center text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
        {t('noAccount')}{' '}
        <Link href="/sign-up" className="font-medium text-brand-700 underline-offset-4 hover:underline dark:text-brand-300">
          {t('signUp')}
        </Link>
      </p>
    </>
  );
}

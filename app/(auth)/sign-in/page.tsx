// Sign in: email and password (with a second factor when the account has one), a magic link,
// and GitHub/Google when this server has their keys.
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/SignInForm';
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

// Only a path on this app may follow sign-in; next-auth sometimes sends an absolute URL of the app.
function safeCallbackUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const app = new URL(env.NEXTAUTH_URL);
    const url = new URL(raw, app);
    if (url.origin !== app.origin || url.pathname.startsWith('/sign-in') || url.pathname.startsWith('/api/')) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
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

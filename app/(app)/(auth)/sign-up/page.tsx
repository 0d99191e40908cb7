// Sign up with name, email and password; the emailed link makes the account (see lib/auth/sign-up-request.ts).
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignUpForm } from '@/components/auth/SignUpForm';
import { Alert } from '@/components/ui/Alert';
import { findCurrentUser } from '@/lib/auth/require-user';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signUp');
  return { title: t('metaTitle') };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await findCurrentUser()) redirect('/dashboard');
  const t = await getTranslations('auth.signUp');
  const linkFailed = (await searchParams).error === 'link';
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t('subtitle')}</p>
      {linkFailed && (
        <div className="mt-6">
          <Alert tone="error">{t('errors.link')}</Alert>
        </div>
      )}
      <SignUpForm />
      <p className="mt-8 border-t border-zinc-200 pt-6 text-center text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
        {t('haveAccount')}{' '}
        <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-4 hover:underline dark:text-brand-300">
          {t('signIn')}
        </Link>
      </p>
    </>
  );
}

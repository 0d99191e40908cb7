// Shown after the sign-up form, for every address alike: the link in the email finishes the sign-up
// (or, for an address that has an account, signs in to it).
import { Mail } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { features } from '@/lib/env';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signUpCheckEmail');
  return { title: t('metaTitle') };
}

export default async function SignUpCheckEmailPage() {
  const t = await getTranslations('auth.signUpCheckEmail');
  return (
    <div className="flex flex-col gap-4">
      <Mail className="size-10 shrink-0 text-brand-600 dark:text-brand-400" strokeWidth={1.5} />
      <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{t('body')}</p>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('spam')}</p>
      {!features.smtp && <Alert tone="info">{t('noEmailServer')}</Alert>}
      <Link href="/sign-up" className="mt-2 text-sm font-medium text-brand-700 underline-offset-4 hover:underline dark:text-brand-300">
        {t('back')}
      </Link>
    </div>
  );
}

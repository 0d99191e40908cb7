// The second factor after a magic-link or OAuth sign-in of an account with two-factor sign-in on.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TwoFactorForm } from '@/components/auth/TwoFactorForm';
import { requirePendingTwoFactorUser } from '@/lib/auth/require-user';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.twoFactor');
  return { title: t('metaTitle') };
}

export default async function TwoFactorPage() {
  const user = await requirePendingTwoFactorUser();
  const t = await getTranslations('auth.twoFactor');
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="mt-1 text-sm break-words text-zinc-600 dark:text-zinc-400">{t('subtitle', { email: user.email })}</p>
      <TwoFactorForm />
    </>
  );
}

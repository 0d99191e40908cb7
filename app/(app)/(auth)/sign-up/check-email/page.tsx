// Shown after the sign-up form, for every address alike: the link in the email finishes the sign-up
// (or, for an address that has an account, signs in to it).
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CheckEmail } from '@/components/auth/CheckEmail';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signUpCheckEmail');
  return { title: t('metaTitle') };
}

export default function SignUpCheckEmailPage() {
  return <CheckEmail namespace="auth.signUpCheckEmail" backHref="/sign-up" />;
}

// Shown after asking for a magic link (next-auth's verifyRequest page).
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CheckEmail } from '@/components/auth/CheckEmail';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.checkEmail');
  return { title: t('metaTitle') };
}

export default function CheckEmailPage() {
  return <CheckEmail namespace="auth.checkEmail" backHref="/sign-in" />;
}

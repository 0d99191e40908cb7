// "Check your email", after asking for a magic link or after the sign-up form: what was sent, where
// to look, and, on a server with no SMTP, that the link is in the server's log.
import { Mail } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { features } from '@/lib/env';

export async function CheckEmail({ namespace, backHref }: { namespace: 'auth.checkEmail' | 'auth.signUpCheckEmail'; backHref: string }) {
  const t = await getTranslations(namespace);
  return (
    <div className="flex flex-col gap-4">
      <Mail className="size-10 shrink-0 text-brand-600 dark:text-brand-400" strokeWidth={1.5} />
      <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{t('body')}</p>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('spam')}</p>
      {!features.smtp && <Alert tone="info">{t('noEmailServer')}</Alert>}
      <Link href={backHref} className="mt-2 text-sm font-medium text-brand-700 underline-offset-4 hover:underline dark:text-brand-300">
        {t('back')}
      </Link>
    </div>
  );
}

'use client';
// Shown when a page fails to render, most often because the database is unreachable.
import { AlertTriangle } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { buttonClassName } from '@/components/ui/button-class';

export default function ErrorPage({ error, reset, retry }: { error: unknown; reset: () => void; retry?: () => void }) {
  const t = useTranslations('common.error');
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-16">
      <div className="max-w-md text-center">
        <span className="mx-auto flex size-14 items-center justify-center rounded-2xl bg-amber-50 text-amber-700 ring-1 ring-amber-200 dark:bg-amber-950/60 dark:text-amber-300 dark:ring-amber-900">
          <AlertTriangle className="size-7 shrink-0" strokeWidth={1.75} />
        </span>
        <h1 className="mt-6 text-3xl font-semibold tracking-tight text-zinc-950 dark:text-white">{t('title')}</h1>
        <p className="mt-4 text-base leading-7 text-zinc-600 dark:text-zinc-400">{t('body')}</p>
        <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
          {/* retry() re-fetches the failed server components; reset() alone would re-render the same error. */}
          {/* Plain elements in Button's classes: Button would bring Radix's Slot into this chunk (button-class.ts). */}
          <button type="button" className={buttonClassName({ size: 'lg' })} onClick={() => (retry ?? reset)()}>
            {t('retry')}
          </button>
          <Link href="/" className={buttonClassName({ size: 'lg', variant: 'secondary' })}>
            {t('home')}
          </Link>
        </div>
        {digest && <p className="mt-8 font-mono text-xs text-zinc-500 dark:text-zinc-400">{t('reference', { digest })}</p>}
      </div>
    </main>
  );
}

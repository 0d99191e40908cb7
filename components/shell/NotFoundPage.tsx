// The 404 page's content: inside the app's document (app/(app)/not-found.tsx), a marketing page's
// (app/(marketing)/[locale]/not-found.tsx), or a document of its own for an unknown address
// (app/global-not-found.tsx).
import { Compass } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Logo } from '@/components/marketing/Logo';
import { Button } from '@/components/ui/Button';

export async function notFoundMetadata(): Promise<Metadata> {
  const t = await getTranslations('common.notFound');
  return { title: t('metaTitle') };
}

export async function NotFoundPage() {
  const t = await getTranslations('common.notFound');
  return (
    <div className="relative isolate flex min-h-dvh flex-col">
      <div
        aria-hidden="true"
        className="absolute inset-x-0 top-0 -z-10 h-96 bg-[radial-gradient(50%_70%_at_50%_0%,var(--color-brand-100),transparent)] dark:bg-[radial-gradient(50%_70%_at_50%_0%,oklch(0.3_0.12_285/0.5),transparent)]"
      />
      <header className="mx-auto flex h-16 w-full max-w-6xl items-center px-4 sm:px-6">
        <Logo />
      </header>
      <main className="flex flex-1 items-center justify-center px-4 py-16">
        <div className="max-w-md text-center">
          <span className="mx-auto flex size-14 items-center justify-center rounded-2xl bg-white text-brand-600 shadow-md ring-1 ring-zinc-200 dark:bg-zinc-900 dark:text-brand-300 dark:ring-zinc-800">
            <Compass className="size-7 shrink-0" strokeWidth={1.75} />
          </span>
          <p className="mt-6 text-sm font-semibold tracking-widest text-brand-700 dark:text-brand-300">{t('code')}</p>
          <h1 className="mt-2 text-3xl font-semibold tracking-tight text-balance text-zinc-950 sm:text-4xl dark:text-white">{t('title')}</h1>
          <p className="mt-4 text-base leading-7 text-zinc-600 dark:text-zinc-400">{t('body')}</p>
          <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
            <Button asChild size="lg">
              <Link href="/">{t('home')}</Link>
            </Button>
            <Button asChild size="lg" variant="secondary">
              <Link href="/dashboard">{t('dashboard')}</Link>
            </Button>
          </div>
        </div>
      </main>
    </div>
  );
}

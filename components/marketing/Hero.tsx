// The landing hero: the promise, a sample one-sentence description, and the generated result.
import { ArrowRight, Sparkles } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SiteMock } from '@/components/marketing/SiteMock';
import { Button } from '@/components/ui/Button';

export async function Hero() {
  const t = await getTranslations('marketing.home.hero');
  return (
    <section aria-labelledby="hero-title" className="relative isolate overflow-hidden">
      {/* Soft glow and a faint grid behind the headline */}
      <div
        aria-hidden="true"
        className="absolute inset-x-0 top-0 -z-10 h-[44rem] bg-[radial-gradient(60%_55%_at_50%_0%,var(--color-brand-200),transparent_70%)] opacity-70 dark:bg-[radial-gradient(60%_55%_at_50%_0%,var(--color-brand-900),transparent_70%)] dark:opacity-80"
      />
      <div
        aria-hidden="true"
        className="absolute inset-x-0 top-0 -z-10 h-[40rem] [mask-image:radial-gradient(70%_60%_at_50%_0%,black,transparent)] bg-[linear-gradient(to_right,rgb(24_24_27/0.06)_1px,transparent_1px),linear-gradient(to_bottom,rgb(24_24_27/0.06)_1px,transparent_1px)] bg-[size:44px_44px] dark:bg-[linear-gradient(to_right,rgb(255_255_255/0.06)_1px,transparent_1px),linear-gradient(to_bottom,rgb(255_255_255/0.06)_1px,transparent_1px)]"
      />

      <div className="mx-auto max-w-6xl px-4 pt-14 pb-10 sm:px-6 sm:pt-20 lg:pt-24 lg:pb-12">
        <div className="mx-auto max-w-4xl text-center">
          <p className="inline-flex items-center gap-2 rounded-full border border-brand-200 bg-white/70 px-3 py-1 text-xs font-medium text-brand-800 shadow-xs backdrop-blur sm:text-sm dark:border-brand-800 dark:bg-brand-900/30 dark:text-brand-200">
            <Sparkles className="size-5 shrink-0 text-brand-600 dark:text-brand-300" strokeWidth={1.75} />
            {t('eyebrow')}
          </p>
          <h1
            id="hero-title"
            className="mt-6 text-4xl leading-[1.05] font-semibold tracking-tight text-balance text-zinc-950 sm:text-6xl lg:text-7xl dark:text-white"
          >
            {t.rich('title', {
              em: (chunks) => (
                <span className="bg-linear-to-r from-brand-600 via-fuchsia-600 to-orange-600 bg-clip-text text-transparent dark:from-brand-300 dark:via-fuchsia-300 dark:to-orange-300">
                  {chunks}
                </span>
              ),
            })}
          </h1>
          <p className="mx-auto mt-6 max-w-2xl text-base leading-7 text-pretty text-zinc-600 sm:text-lg sm:leading-8 dark:text-zinc-300">{t('subtitle')}</p>
        </div>

        <div className="mx-auto mt-10 max-w-[44rem] rounded-2xl border border-zinc-200 bg-white/90 p-2 shadow-xl shadow-brand-900/10 ring-1 ring-black/5 backdrop-blur dark:border-zinc-700 dark:bg-zinc-900/90 dark:shadow-black/40 dark:ring-white/5">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
            <div className="min-w-0 flex-1 px-3 py-2 text-left">
              <p className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{t('promptLabel')}</p>
              <p lang="pt-BR" className="mt-0.5 text-base font-medium text-zinc-900 sm:text-lg dark:text-zinc-100">
                {t('prompt')}
                <span aria-hidden="true" className="ml-0.5 inline-block h-5 w-0.5 translate-y-1 bg-brand-600 motion-safe:animate-pulse dark:bg-brand-300" />
              </p>
            </div>
            <Button asChild size="lg" className="shrink-0 rounded-xl shadow-md shadow-brand-700/30">
              <Link href="/sign-up">
                <Sparkles className="size-5 shrink-0" strokeWidth={1.75} />
                {t('promptAction')}
              </Link>
            </Button>
          </div>
        </div>

        <div className="mt-6 flex flex-col items-center justify-center gap-3 sm:flex-row">
          <Button asChild size="lg" variant="secondary" className="w-full rounded-xl sm:w-auto">
            <Link href="/pricing">
              {t('secondary')}
              <ArrowRight className="size-5 shrink-0" strokeWidth={1.75} />
            </Link>
          </Button>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('note')}</p>
        </div>

        <div className="mt-16 sm:mt-20">
          <SiteMock />
        </div>
      </div>
    </section>
  );
}

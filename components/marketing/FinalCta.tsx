// The closing call to action on the landing page.
import { ArrowRight } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function FinalCta() {
  const t = await getTranslations('marketing.home.cta');
  return (
    <section aria-labelledby="cta-title" className="px-4 pb-20 sm:px-6 sm:pb-28">
      <div className="relative isolate mx-auto max-w-6xl overflow-hidden rounded-3xl bg-brand-700 px-6 py-16 text-center shadow-xl shadow-brand-900/20 sm:px-12 sm:py-20 dark:bg-brand-800">
        <div
          aria-hidden="true"
          className="absolute inset-0 -z-10 bg-[radial-gradient(50%_80%_at_20%_0%,var(--color-brand-500),transparent),radial-gradient(40%_70%_at_90%_100%,oklch(0.55_0.2_330),transparent)] opacity-80"
        />
        <h2 id="cta-title" className="mx-auto max-w-2xl text-3xl font-semibold tracking-tight text-balance text-white sm:text-4xl">
          {t('title')}
        </h2>
        <p className="mx-auto mt-4 max-w-xl text-base leading-7 text-brand-100 sm:text-lg">{t('subtitle')}</p>
        <div className="mt-8 flex flex-col items-center justify-center gap-3 sm:flex-row">
          <Link
            href="/sign-up"
            className="inline-flex h-12 w-full items-center justify-center gap-2 rounded-xl bg-white px-6 text-base font-semibold text-brand-800 shadow-md transition-colors hover:bg-brand-50 focus-visible:outline-white sm:w-auto"
          >
            {t('button')}
            <ArrowRight className="size-5 shrink-0" strokeWidth={1.75} />
          </Link>
          <Link
            href="/pricing"
            className="inline-flex h-12 w-full items-center justify-center rounded-xl px-6 text-base font-semibold text-white ring-1 ring-white/40 transition-colors hover:bg-white/10 focus-visible:outline-white sm:w-auto"
          >
            {t('secondary')}
          </Link>
        </div>
      </div>
    </section>
  );
}

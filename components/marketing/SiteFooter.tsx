// The marketing footer: product and legal links, the language picker, the copyright line.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocaleSwitcher } from '@/components/LocaleSwitcher';
import { Logo } from '@/components/marketing/Logo';

const linkClass = 'rounded text-sm text-zinc-600 transition-colors hover:text-zinc-950 dark:text-zinc-400 dark:hover:text-white';

export async function SiteFooter() {
  const t = await getTranslations('marketing.footer');
  const year = new Date().getUTCFullYear();
  return (
    <footer className="border-t border-zinc-200 bg-zinc-50/60 dark:border-zinc-800 dark:bg-zinc-950">
      <div className="mx-auto grid max-w-6xl grid-cols-2 gap-x-6 gap-y-10 px-4 py-12 sm:px-6 md:grid-cols-[1.5fr_1fr_1fr_auto]">
        <div className="col-span-2 max-w-xs md:col-span-1">
          <Logo />
          <p className="mt-3 text-sm leading-6 text-zinc-600 dark:text-zinc-400">{t('blurb')}</p>
        </div>
        <nav aria-labelledby="footer-product">
          <h2 id="footer-product" className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
            {t('productHeading')}
          </h2>
          <ul className="mt-3 space-y-2.5">
            <li>
              <Link href="/pricing" className={linkClass}>
                {t('pricing')}
              </Link>
            </li>
            <li>
              <Link href="/sign-up" className={linkClass}>
                {t('signUp')}
              </Link>
            </li>
            <li>
              <Link href="/sign-in" className={linkClass}>
                {t('signIn')}
              </Link>
            </li>
            <li>
              <Link href="/docs/api" className={linkClass}>
                {t('api')}
              </Link>
            </li>
          </ul>
        </nav>
        <nav aria-labelledby="footer-legal">
          <h2 id="footer-legal" className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
            {t('legalHeading')}
          </h2>
          <ul className="mt-3 space-y-2.5">
            <li>
              <Link href="/legal/terms" className={linkClass}>
                {t('terms')}
              </Link>
            </li>
            <li>
              <Link href="/legal/privacy" className={linkClass}>
                {t('privacy')}
              </Link>
            </li>
          </ul>
        </nav>
        <div className="col-span-2 md:col-span-1">
          <LocaleSwitcher className="flex-col items-start gap-3 [&>label]:font-semibold [&>label]:text-zinc-900 dark:[&>label]:text-zinc-100" />
        </div>
      </div>
      <div className="border-t border-zinc-200 dark:border-zinc-800">
        <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-zinc-600 sm:px-6 dark:text-zinc-400">{t('copyright', { year })}</p>
      </div>
    </footer>
  );
}

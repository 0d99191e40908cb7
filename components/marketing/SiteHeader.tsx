// The marketing header: logo, pricing, and either sign-in/sign-up or a way back to the dashboard.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Logo } from '@/components/marketing/Logo';
import { Button } from '@/components/ui/Button';

const linkClass =
  'rounded-md px-2.5 py-1.5 text-sm font-medium text-zinc-700 transition-colors hover:bg-zinc-100 hover:text-zinc-950 dark:text-zinc-300 dark:hover:bg-zinc-800/70 dark:hover:text-white';

export async function SiteHeader({ isSignedIn }: { isSignedIn: boolean }) {
  const t = await getTranslations('marketing.nav');
  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200/70 bg-white/80 backdrop-blur-md supports-[backdrop-filter]:bg-white/70 dark:border-zinc-800/70 dark:bg-zinc-950/80 dark:supports-[backdrop-filter]:bg-zinc-950/70">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-3 px-4 sm:px-6">
        <Logo />
        <nav aria-label={t('label')}>
          <ul className="flex items-center gap-1 sm:gap-2">
            <li className="hidden sm:block">
              <Link href="/pricing" className={linkClass}>
                {t('pricing')}
              </Link>
            </li>
            {isSignedIn ? (
              <li>
                <Button asChild size="sm" className="ml-1 shadow-sm">
                  <Link href="/dashboard">{t('dashboard')}</Link>
                </Button>
              </li>
            ) : (
              <>
                <li>
                  <Link href="/sign-in" className={linkClass}>
                    {t('signIn')}
                  </Link>
                </li>
                <li>
                  <Button asChild size="sm" className="ml-1 shadow-sm">
                    <Link href="/sign-up">{t('startFree')}</Link>
                  </Button>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}

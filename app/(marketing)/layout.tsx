// Public pages: landing, pricing, legal. The header knows whether someone is signed in.
import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SiteFooter } from '@/components/marketing/SiteFooter';
import { SiteHeader } from '@/components/marketing/SiteHeader';
import { findCurrentUser } from '@/lib/auth/require-user';
import { logger } from '@/lib/observability/logger';

async function isSignedIn(): Promise<boolean> {
  try {
    return Boolean(await findCurrentUser());
  } catch (error) {
    // Next's own signals (dynamic rendering, redirects) must pass through.
    unstable_rethrow(error);
    // The public pages must stay up when the database is not: show the signed-out header.
    logger.warn({ err: error }, 'could not check the session for the marketing header');
    return false;
  }
}

export default async function MarketingLayout({ children }: { children: React.ReactNode }) {
  const [t, signedIn] = await Promise.all([getTranslations('common'), isSignedIn()]);
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-lg bg-white px-4 py-2 text-sm font-medium text-zinc-900 shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3 dark:bg-zinc-900 dark:text-zinc-100"
      >
        {t('skipToContent')}
      </a>
      <SiteHeader isSignedIn={signedIn} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}

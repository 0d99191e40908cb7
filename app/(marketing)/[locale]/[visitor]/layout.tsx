// Public pages: landing, pricing, legal. Each is built twice per language: for a visitor and for
// someone signed in (server.ts picks by the session cookie), whose header leads back to the
// dashboard instead of to sign-in. A stale cookie only shows that link; the dashboard still asks.
// server.ts sends the landing, legal and API reference pages without Next's scripts (WITHOUT_RUNTIME
// in lib/marketing/pages.ts): a client component added to one of them does nothing in the browser
// until its page leaves that list.
import { getTranslations } from 'next-intl/server';
import { SiteFooter } from '@/components/marketing/SiteFooter';
import { SiteHeader } from '@/components/marketing/SiteHeader';
import { marketingLocale, type MarketingParams } from '@/components/shell/marketing-locale';
import { visitorKinds } from '@/lib/i18n/marketing-paths';

export const dynamicParams = false;

export function generateStaticParams() {
  return visitorKinds.map((visitor) => ({ visitor }));
}

export default async function MarketingLayout({ children, params }: { children: React.ReactNode; params: MarketingParams }) {
  const locale = await marketingLocale(params);
  const { visitor } = await params;
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-lg bg-white px-4 py-2 text-sm font-medium text-zinc-900 shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3 dark:bg-zinc-900 dark:text-zinc-100"
      >
        {t('skipToContent')}
      </a>
      <SiteHeader isSignedIn={visitor === 'member'} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}

// The document every app and marketing page is drawn in: <html> in the page's language, the
// translations and the client providers. The app's pages choose the language per request
// (app/(app)/layout.tsx); the marketing pages are built once per language
// (app/(marketing)/[locale]/layout.tsx), so the root layout itself reads nothing per request.
import type { Metadata } from 'next';
import { NextIntlClientProvider, type AbstractIntlMessages } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { Providers } from '@/components/Providers';
import { env } from '@/lib/env';
import type { UiLocale } from '@/lib/i18n/languages';

export async function documentMetadata(locale: UiLocale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'common' });
  return {
    // Absolute addresses for the social card (a marketing page takes the origin it was built with).
    metadataBase: new URL(env.NEXTAUTH_URL),
    title: { default: t('appName'), template: `%s · ${t('appName')}` },
    description: t('tagline'),
    icons: { icon: { url: '/favicon.svg', type: 'image/svg+xml' }, apple: '/apple-touch-icon.png' },
    openGraph: { siteName: t('appName'), images: [{ url: '/og.png', width: 1200, height: 630 }], locale: locale.replace('-', '_'), type: 'website' },
    twitter: { card: 'summary_large_image', images: ['/og.png'] },
  };
}

// `messages`: the translations the page's client components use, when it knows them (the public
// pages: sent in every page's HTML, all of them weighed 80 KB); by default all of them.
export function Document({ locale, messages, children }: { locale: UiLocale; messages?: AbstractIntlMessages; children: React.ReactNode }) {
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <NextIntlClientProvider {...(messages ? { messages } : {})}>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

// The public pages, built once per language at build time. server.ts sends `/`, `/pricing` and the
// legal pages here by the visitor's language (saved choice, else the browser's), so they are served
// without the database, the session or any rendering.
import type { Metadata } from 'next';
import { getMessages } from 'next-intl/server';
import { Document, documentMetadata } from '@/components/shell/Document';
import { marketingLocale, type MarketingParams } from '@/components/shell/marketing-locale';
import { uiLocales } from '@/lib/i18n/languages';

export const dynamicParams = false;
// Built at build time or not at all: anything that reads the request here (cookies, headers, the
// session) fails the build instead of quietly making every public page dynamic again.
export const dynamic = 'error';

export function generateStaticParams() {
  return uiLocales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: MarketingParams }): Promise<Metadata> {
  return documentMetadata(await marketingLocale(params));
}

export default async function MarketingDocument({ children, params }: { children: React.ReactNode; params: MarketingParams }) {
  const locale = await marketingLocale(params);
  const { common, marketing } = await getMessages({ locale });
  // What the public pages' client components read: the language picker, toasts, the error page
  // (common) and the pricing page's period tabs. The rest is rendered on the server.
  return (
    <Document locale={locale} messages={{ common, marketing: { pricing: marketing.pricing } }}>
      {children}
    </Document>
  );
}

// Sign-in, the dashboard and the editor: the language is the request's (saved choice, else the
// browser's), read on every request.
import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { pickMessages } from '@/components/shell/ClientMessages';
import { Document, documentMetadata } from '@/components/shell/Document';

export async function generateMetadata(): Promise<Metadata> {
  return documentMetadata(await getLocale());
}

// Only the common translations here: each part of the app adds its own (ClientMessages).
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), pickMessages([])]);
  return (
    <Document locale={locale} messages={messages}>
      {children}
    </Document>
  );
}

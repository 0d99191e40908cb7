// Sign-in, the dashboard and the editor: the language is the request's (saved choice, else the
// browser's), read on every request.
import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { Document, documentMetadata } from '@/components/shell/Document';

export async function generateMetadata(): Promise<Metadata> {
  return documentMetadata(await getLocale());
}

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  return <Document locale={await getLocale()}>{children}</Document>;
}

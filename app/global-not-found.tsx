// An address no page answers: the 404 page in a document of its own (the root layout draws none,
// see app/layout.tsx), in the request's language.
import { getLocale } from 'next-intl/server';
import { Document } from '@/components/shell/Document';
import { NotFoundPage, notFoundMetadata } from '@/components/shell/NotFoundPage';
import './globals.css';

export const generateMetadata = notFoundMetadata;

export default async function GlobalNotFound() {
  return (
    <Document locale={await getLocale()}>
      <NotFoundPage />
    </Document>
  );
}

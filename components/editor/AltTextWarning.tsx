'use client';
// Before publishing from the editor: the images that have no alt text, as on the site page.
import { AltTextNotice } from '@/components/sites/AltTextNotice';
import { listImagesWithoutAlt } from '@/lib/media/document-images';
import type { SiteDocument } from '@/lib/sites/document';

export function AltTextWarning({ doc }: { doc: SiteDocument }) {
  const missing = listImagesWithoutAlt(doc);
  return missing.length > 0 ? <AltTextNotice missing={missing} compact /> : null;
}

'use client';
// Before publishing from the editor: the images that have no alt text (uploaded or linked ones;
// generated art is decoration), as on the site page. Publishing stays possible.
import { AlertTriangle } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { listImagesWithoutAlt } from '@/lib/media/document-images';
import type { SiteDocument } from '@/lib/sites/document';
import { findSectionDefinition } from '@/lib/sites/registry';

export function AltTextWarning({ doc }: { doc: SiteDocument }) {
  const t = useTranslations('media.altWarning');
  const locale = useLocale();
  const missing = listImagesWithoutAlt(doc);
  if (missing.length === 0) return null;
  const sectionName = (type: string) => {
    const label = findSectionDefinition(type)?.label;
    return label ? (locale === 'pt-BR' ? label['pt-BR'] : label.en) : type;
  };
  return (
    <div role="status" className="flex gap-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-100">
      <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <div className="min-w-0">
        <p className="font-medium">{t('title', { count: missing.length })}</p>
        <p className="mt-0.5">{t('body')}</p>
        <ul className="mt-1 list-disc pl-5">
          {missing.slice(0, 5).map((image) => (
            <li key={`${image.pageId}:${image.sectionId}:${image.field}`}>{t('item', { section: sectionName(image.sectionType), page: image.pageTitle })}</li>
          ))}
          {missing.length > 5 && <li>{t('more', { count: missing.length - 5 })}</li>}
        </ul>
      </div>
    </div>
  );
}

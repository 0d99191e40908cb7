// The images of a site that have no alt text (uploaded or linked ones; generated art is
// decoration), listed where the owner publishes: on the site page and in the editor's publish
// dialog. Publishing stays possible.
import { AlertTriangle } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import type { DocumentImage } from '@/lib/media/document-images';
import { sectionLabel } from '@/lib/sites/section-catalogue';

export function AltTextNotice({ missing, compact, children }: { missing: DocumentImage[]; compact?: boolean; children?: React.ReactNode }) {
  const t = useTranslations('media.altWarning');
  const locale = useLocale();
  return (
    <div
      role="status"
      className={cn(
        'flex border border-amber-200 bg-amber-50 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-100',
        compact ? 'gap-2 rounded-lg px-3 py-2' : 'gap-3 rounded-xl px-4 py-3',
      )}
    >
      <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <div className="min-w-0">
        <p className="font-medium">{t('title', { count: missing.length })}</p>
        <p className="mt-0.5">{t('body')}</p>
        <ul className={cn('list-disc pl-5', compact ? 'mt-1' : 'mt-1.5')}>
          {missing.slice(0, 5).map((image) => (
            <li key={`${image.pageId}:${image.sectionId}:${image.field}`}>
              {t('item', { section: sectionLabel(image.sectionType, locale), page: image.pageTitle })}
            </li>
          ))}
          {missing.length > 5 && <li>{t('more', { count: missing.length - 5 })}</li>}
        </ul>
        {children}
      </div>
    </div>
  );
}

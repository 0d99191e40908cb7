'use client';
// Someone saved this site in another tab or device since this tab loaded it. The owner chooses
// which version to keep; nothing is overwritten until they do.
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/Button';
import { LazyDialog as Dialog } from '@/components/ui/LazyDialog';
import type { SiteDocument } from '@/lib/sites/document';

export function ConflictDialog({
  conflict,
  onResolve,
}: {
  conflict: { document: SiteDocument; revision: number } | null;
  onResolve: (choice: 'theirs' | 'mine') => void;
}) {
  const t = useTranslations('editor.conflict');
  return (
    <Dialog
      open={conflict !== null}
      onOpenChange={() => {}}
      title={t('title')}
      description={t('description')}
      // It can open mid-sentence: focus the dialog, not a button a space bar would press.
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        (event.currentTarget as HTMLElement | null)?.focus();
      }}
    >
      <div className="flex flex-col gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={() => onResolve('theirs')}>
          {t('loadTheirs')}
        </Button>
        <Button onClick={() => onResolve('mine')}>{t('keepMine')}</Button>
      </div>
    </Dialog>
  );
}

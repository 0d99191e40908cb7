'use client';
// The form that adds a page or renames one (title and address), loaded when the owner first opens
// it (PagesPanel.tsx): the address is checked with the document's own rule, whose schema code the
// editor need not carry until then.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { LazyDialog as Dialog } from '@/components/ui/LazyDialog';
import { pagePathSchema, type Page, type SiteDocument } from '@/lib/sites/document';
import { slugify } from '@/lib/sites/slug';

export type PageFormProps = { doc: SiteDocument; page: Page | null; onClose: () => void; onSubmit: (title: string, path: string) => void };

export function PageForm({ doc, page, onClose, onSubmit }: PageFormProps) {
  const t = useTranslations('editor.pages');
  const [title, setTitle] = useState(page?.title ?? '');
  const [path, setPath] = useState(page?.path ?? '');
  const [pathTouched, setPathTouched] = useState(Boolean(page));
  const shownPath = pathTouched ? path : title ? `/${slugify(title)}` : '';
  const isHome = page?.path === '/';
  const pathOk = isHome || pagePathSchema.safeParse(shownPath).success;
  const taken = !isHome && doc.pages.some((p) => p.path === shownPath && p.id !== page?.id);
  const error = !title.trim() ? null : !pathOk ? t('pathInvalid') : taken ? t('pathTaken') : null;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={page ? t('renameTitle') : t('addTitle')}>
      <form
        className="grid gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (!title.trim() || error) return;
          onSubmit(title.trim(), isHome ? '/' : shownPath);
        }}
      >
        <label className="grid gap-1 text-sm font-medium">
          {t('titleLabel')}
          <input className="pm-field-input" required maxLength={120} value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
        </label>
        {!isHome && (
          <label className="grid gap-1 text-sm font-medium">
            {t('pathLabel')}
            <input
              className="pm-field-input"
              value={shownPath}
              aria-invalid={Boolean(error)}
              aria-describedby="page-path-error"
              onChange={(e) => {
                setPathTouched(true);
                setPath(e.target.value);
              }}
            />
          </label>
        )}
        <p id="page-path-error" role="alert" className="text-sm text-red-700 empty:hidden dark:text-red-400">
          {error}
        </p>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" disabled={!title.trim() || Boolean(error)}>
            {page ? t('save') : t('create')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

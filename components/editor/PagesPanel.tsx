'use client';
// The site's pages: open one, add, rename (title and address), reorder, choose the home page and
// delete. Each change can be undone from the toast that confirms it.
import { FileText, Home, MoreHorizontal, Plus } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { lazy, Suspense, useRef, useState } from 'react';
import { loadSectionRenders, sectionTypesOf } from '@/lib/render/sections/registry';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';
import { DialogFrame, LazyDialog as Dialog } from '@/components/ui/LazyDialog';
import { useToast } from '@/components/ui/Toaster';
import type { Page, SiteDocument } from '@/lib/sites/document';
import { useDocShell, useEditorSnapshot, type EditorStore } from './editor-store';
import type { PageFormProps } from './PageForm';
import type { PageMenuProps } from './PageMenu';
import { loadedSectionDefaults, loadSectionDefaults } from './section-defaults';

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

// A new page keeps the site's navigation and footer and starts with a heading section.
function newPage(doc: SiteDocument, title: string, path: string): Page {
  const home = doc.pages.find((p) => p.path === '/') ?? doc.pages[0];
  const chrome = (type: string) => home.sections.filter((s) => s.type === type).map((s) => ({ ...structuredClone(s), id: newId(type) }));
  // The form that asks for the title loads the defaults with it (loadPageForm).
  const heroProps = {
    ...structuredClone(loadedSectionDefaults('hero')),
    layout: 'centered',
    headline: title,
    eyebrow: '',
    subheadline: '',
    primaryAction: { label: '', href: '' },
  };
  return {
    id: newId('page'),
    path,
    title,
    description: '',
    socialImage: '',
    sections: [...chrome('navbar'), { id: newId('hero'), type: 'hero', props: heroProps }, ...chrome('footer')],
  };
}

// The page menu's code (Radix's dropdown and its positioning) loads when the owner first points at,
// focuses or presses a page's menu button; the press that loaded it opens it.
const loadPageMenu = () => import('./PageMenu');
const PageMenu = lazy(() => loadPageMenu().then((m) => ({ default: m.PageMenu })));

// The add and rename form's code loads as the pointer reaches a button that opens it (Add page, a
// page's menu); while it loads, the dialog's frame shows with its title.
const loadPageForm = () => Promise.all([import('./PageForm'), loadSectionDefaults()]).then(([m]) => m);
const LoadedPageForm = lazy(() => loadPageForm().then((m) => ({ default: m.PageForm })));

function PageForm(props: PageFormProps) {
  const t = useTranslations('editor.pages');
  return (
    <Suspense fallback={<DialogFrame title={props.page ? t('renameTitle') : t('addTitle')} />}>
      <LoadedPageForm {...props} />
    </Suspense>
  );
}

function PageActions({ label, ...menu }: Omit<PageMenuProps, 'initiallyOpen' | 'trigger'> & { label: string }) {
  const [openedBy, setOpenedBy] = useState<PageMenuProps['initiallyOpen'] | null>(null);
  if (openedBy) {
    // Radix's trigger sets its own aria-haspopup and aria-expanded.
    const trigger = (
      <button type="button" className="pm-icon-button" aria-label={label}>
        <MoreHorizontal className="size-4" aria-hidden />
      </button>
    );
    return (
      <Suspense fallback={trigger}>
        <PageMenu {...menu} initiallyOpen={openedBy} trigger={trigger} />
      </Suspense>
    );
  }
  const preload = () => {
    void loadPageMenu();
    void loadPageForm();
  };
  return (
    <button
      type="button"
      className="pm-icon-button"
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={preload}
      onFocus={preload}
      // Radix opens its menus on pointer down (left button) and on Enter, Space and ArrowDown.
      onPointerDown={(event) => {
        if (event.button === 0 && !event.ctrlKey) setOpenedBy('pointer');
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') {
          event.preventDefault();
          setOpenedBy('keyboard');
        }
      }}
    >
      <MoreHorizontal className="size-4" aria-hidden />
    </button>
  );
}

export function PagesPanel({ store }: { store: EditorStore }) {
  const t = useTranslations('editor.pages');
  const toast = useToast();
  // Shown from the pages' titles and addresses; every change starts from the current document.
  const doc = useDocShell(store);
  const current = () => store.get().doc;
  const pageId = useEditorSnapshot(store, (s) => s.pageId);
  const [dialog, setDialog] = useState<{ mode: 'add' } | { mode: 'rename'; page: Page } | { mode: 'delete'; page: Page } | null>(null);

  // The other pages' section components load as the pointer or the focus reaches this panel, and a
  // page opens once its own have loaded, so it shows whole (the canvas waits, never a section).
  const preloadPages = () => void loadSectionRenders(sectionTypesOf(current().pages)).catch(() => {});
  const opening = useRef<string | null>(null);
  function open(page: Page) {
    opening.current = page.id;
    void loadSectionRenders(sectionTypesOf([page]))
      .catch(() => {})
      .then(() => {
        // Only the last page asked for opens.
        if (opening.current === page.id) store.switchPage(page.id);
      });
  }

  function change(next: SiteDocument, message: string, opts: { pageId?: string } = {}) {
    store.changePages(next, opts);
    toast({ tone: 'success', title: message, description: t('undoHint') });
  }

  function move(index: number, by: number) {
    const latest = current();
    const pages = [...latest.pages];
    const [page] = pages.splice(index, 1);
    pages.splice(index + by, 0, page);
    change({ ...latest, pages }, t('moved', { title: page.title }));
  }

  function makeHome(page: Page) {
    const latest = current();
    const oldHome = latest.pages.find((p) => p.path === '/');
    const pages = latest.pages.map((p) => (p.id === page.id ? { ...p, path: '/' } : oldHome && p.id === oldHome.id ? { ...p, path: page.path } : p));
    change({ ...latest, pages }, t('madeHome', { title: page.title }));
  }

  return (
    <div className="grid gap-2 p-3" onPointerEnter={preloadPages} onFocus={preloadPages}>
      <ul className="grid gap-1" aria-label={t('list')}>
        {doc.pages.map((page, index) => (
          <li key={page.id} className={cn('flex items-center gap-1 rounded-lg', page.id === pageId && 'bg-brand-50 dark:bg-brand-900/30')}>
            <button
              type="button"
              className="flex min-w-0 flex-1 items-center gap-2 rounded-lg px-2 py-1.5 text-left text-sm"
              aria-current={page.id === pageId ? 'page' : undefined}
              onClick={() => open(page)}
            >
              {page.path === '/' ? <Home className="size-4 shrink-0" aria-hidden /> : <FileText className="size-4 shrink-0" aria-hidden />}
              <span className="min-w-0">
                <span className="block truncate font-medium">{page.title}</span>
                <span className="block truncate text-xs text-zinc-600 dark:text-zinc-400">{page.path}</span>
              </span>
            </button>
            <PageActions
              label={t('actionsFor', { title: page.title })}
              page={page}
              isFirst={index === 0}
              isLast={index === doc.pages.length - 1}
              onRename={() => setDialog({ mode: 'rename', page })}
              onMakeHome={() => makeHome(page)}
              onMove={(by) => move(index, by)}
              onDelete={() => setDialog({ mode: 'delete', page })}
            />
          </li>
        ))}
      </ul>
      <Button
        type="button"
        variant="secondary"
        size="sm"
        onPointerEnter={() => void loadPageForm()}
        onFocus={() => void loadPageForm()}
        onClick={() => setDialog({ mode: 'add' })}
        disabled={doc.pages.length >= 30}
      >
        <Plus className="size-4" aria-hidden />
        {t('add')}
      </Button>

      {dialog?.mode === 'delete' && (
        <Dialog open onOpenChange={(open) => !open && setDialog(null)} title={t('deleteTitle', { title: dialog.page.title })} description={t('deleteBody')}>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setDialog(null)}>
              {t('cancel')}
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                const page = dialog.page;
                setDialog(null);
                change({ ...current(), pages: current().pages.filter((p) => p.id !== page.id) }, t('deleted', { title: page.title }));
              }}
            >
              {t('delete')}
            </Button>
          </div>
        </Dialog>
      )}
      {(dialog?.mode === 'add' || dialog?.mode === 'rename') && (
        <PageForm
          doc={doc}
          page={dialog.mode === 'rename' ? dialog.page : null}
          onClose={() => setDialog(null)}
          onSubmit={(title, path) => {
            if (dialog.mode === 'add') {
              const page = newPage(current(), title, path);
              change({ ...current(), pages: [...current().pages, page] }, t('added', { title }), { pageId: page.id });
            } else {
              const id = dialog.page.id;
              change({ ...current(), pages: current().pages.map((p) => (p.id === id ? { ...p, title, path } : p)) }, t('renamed', { title }));
            }
            setDialog(null);
          }}
        />
      )}
    </div>
  );
}

'use client';
// The visual editor: Puck drives the canvas, the outline, the section library and the inspector;
// around it sit the pages panel, theme and SEO panels, viewport and zoom, save status, history
// and publishing. On narrow screens the side panels become sheets.
import '@puckeditor/core/no-external.css';
import { Puck, type Data, type Overrides } from '@puckeditor/core';
import { ArrowLeft, History, Layers, Monitor, PanelRight, Redo2, Smartphone, Tablet, Undo2 } from 'lucide-react';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { cn } from '@/components/ui/cn';
import { loadedSectionRender, loadSectionRenders, sectionTypesOf } from '@/lib/render/sections/registry';
import { DialogFrame } from '@/components/ui/LazyDialog';
import type { SiteDocument } from '@/lib/sites/document';
import { CanvasShellContext } from './canvas';
import { EditorShortcuts, useEditorHistory } from './EditorShortcuts';
import { EditorSkeleton } from './EditorSkeleton';
import { EditorStore, openingPage, toPuckData, useDocShell, useEditorSnapshot } from './editor-store';
import { PagesPanel } from './PagesPanel';
import { PaintFirstField } from './PaintFirstField';
import { PublishDialog } from './PublishDialog';
import { buildPuckConfig, fieldTransforms, type Translate } from './puck-config';
import { SaveStatus } from './SaveStatus';
import { SectionAi } from './SectionAi';
import { loadSectionDefaults } from './section-defaults';
import { SectionPreview } from './SectionPreview';
import type { SheetProps } from './Sheet';
import { useAutosave } from './use-autosave';

// What the owner does not see on opening the editor loads when first shown, behind a still
// placeholder of the same shape: the theme and page tabs, the version history, and the sheets of
// narrow screens.
const loadHistoryPanel = () => import('./HistoryPanel');
const HistoryPanel = lazy(() => loadHistoryPanel().then((m) => ({ default: m.HistoryPanel })));
const ThemePanel = lazy(() => import('./ThemePanel').then((m) => ({ default: m.ThemePanel })));
const SeoPanel = lazy(() => import('./SeoPanel').then((m) => ({ default: m.SeoPanel })));
const AppSetting = lazy(() => import('./AppSetting').then((m) => ({ default: m.AppSetting })));
const RadixSheet = lazy(() => import('./Sheet').then((m) => ({ default: m.Sheet })));
// Shown only when another tab or device saved first (after the refused save and a read of theirs).
const ConflictDialog = lazy(() => import('./ConflictDialog').then((m) => ({ default: m.ConflictDialog })));

export type EditorSite = { id: string; name: string; slug: string; revision: number; document: SiteDocument; liveVersionId: string | null; liveUrl: string };

const viewports = [
  { width: 390, icon: Smartphone, key: 'mobile' },
  { width: 768, icon: Tablet, key: 'tablet' },
  { width: 1280, icon: Monitor, key: 'desktop' },
] as const;
const zooms = ['fit', 0.5, 0.75, 1] as const;

const overrides: Partial<Overrides> = {
  drawerItem: ({ name, children }) => <SectionPreview name={name}>{children}</SectionPreview>,
  fieldTypes: {
    text: PaintFirstField,
    textarea: PaintFirstField,
  },
};
type Zoom = (typeof zooms)[number];

// The placeholders Puck fills in in its labels, kept as they are.
const puckPlaceholders = { title: '{title}', type: '{type}', index: '{index}' };
function puckDictionary(t: ReturnType<typeof useTranslations<'editor'>>): Record<string, string> {
  return Object.fromEntries(Object.keys(t.raw('puck') as object).map((key) => [key, (t as unknown as Translate)(`puck.${key}`, puckPlaceholders)]));
}

function useIsWide() {
  const [wide, setWide] = useState(true);
  useEffect(() => {
    const query = window.matchMedia('(min-width: 1024px)');
    const update = () => setWide(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return wide;
}

// Puck mounts once the components of the opening page's section types have loaded (EditorLoader
// starts them with the editor's own code), so the canvas shows the page whole, never a section
// popping in; until then the editor's skeleton stays. Other pages' types load as the pointer or the
// focus reaches the pages panel, before a page opens (PagesPanel.tsx); a type added from the
// library loads with its preview.
export function SiteEditor({ site }: { site: EditorSite }) {
  const t = useTranslations('editor');
  const [types] = useState(() => sectionTypesOf([openingPage(site.document)]));
  const [ready, setReady] = useState(() => types.every((type) => loadedSectionRender(type)));
  useEffect(() => {
    if (ready) return;
    let live = true;
    // A failed load (the network) does not hold the editor back: each section retries on its own.
    void loadSectionRenders(types)
      .catch(() => {})
      .then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [ready, types]);
  if (!ready) return <EditorSkeleton label={t('loading')} />;
  return <Editor site={site} />;
}

function Editor({ site }: { site: EditorSite }) {
  const t = useTranslations('editor');
  const locale = useLocale();
  const [store] = useState(() => new EditorStore(site.document, site.revision));
  const mountKey = useEditorSnapshot(store, (s) => s.mountKey);
  const pageId = useEditorSnapshot(store, (s) => s.pageId);
  const { conflict, resolveConflict } = useAutosave(store, site.id);
  const config = useMemo(() => buildPuckConfig(t as Translate, site.id, locale), [t, site.id, locale]);
  // Puck's own labels (action bar, outline, list items) in the owner's language, with their
  // {placeholders} left for Puck to fill in: each is formatted with its placeholders as their own
  // values (the messages are precompiled at build time, so the raw ones are not strings).
  const dictionary = useMemo(() => puckDictionary(t), [t]);

  // The canvas shell changes only when pages, business or language change: the editor does not
  // re-render (nor re-render Puck) on a keystroke.
  const shellDoc = useDocShell(store);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const shell = useMemo(() => ({ siteId: site.id, doc: shellDoc, page: store.page() }), [shellDoc]);
  // Puck reads `data` once per mount: build it when the canvas remounts, never from onChange.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const data = useMemo(() => toPuckData(store.get().doc, store.page()), [mountKey, pageId]);

  return (
    <CanvasShellContext.Provider value={shell}>
      <Puck
        key={`${pageId}:${mountKey}`}
        config={config}
        data={data}
        onChange={(next: Data) => store.applyPuckData(next)}
        fieldTransforms={fieldTransforms as never}
        iframe={{ enabled: true, syncHostStyles: false }}
        dictionary={dictionary}
        overrides={overrides}
      >
        <EditorLayout site={site} store={store} />
      </Puck>
      {conflict && (
        <Suspense fallback={null}>
          <ConflictDialog conflict={conflict} onResolve={resolveConflict} />
        </Suspense>
      )}
    </CanvasShellContext.Provider>
  );
}

function EditorLayout({ site, store }: { site: EditorSite; store: EditorStore }) {
  const t = useTranslations('editor');
  const wide = useIsWide();
  // On a phone the canvas shows the phone layout, and the viewport and zoom controls (which would
  // not fit in the toolbar) are hidden.
  const [viewport, setViewport] = useState<number>(() => (window.matchMedia('(max-width: 639px)').matches ? 390 : 1280));
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [leftTab, setLeftTab] = useState<'pages' | 'outline' | 'add'>('pages');
  const [rightTab, setRightTab] = useState<'section' | 'theme' | 'page'>('section');
  const [sheet, setSheet] = useState<'left' | 'right' | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  // Loaded with its first opening, then kept (with its state) like any other panel.
  const [historyUsed, setHistoryUsed] = useState(false);
  const { undo, redo, canUndo, canRedo, selected } = useEditorHistory(store);
  const language = useEditorSnapshot(store, (s) => s.doc.pages.find((p) => p.id === s.pageId)?.language ?? s.doc.language);

  // A newly selected section's fields (lists mount their own drag and drop) are built just after
  // the canvas shows the change (undo, duplicate, a click), not in the same frame.
  const fieldsFor = useDeferredValue(selected);
  // The sections' defaults load with the first selection: a list's new item takes its shape from them.
  useEffect(() => {
    if (selected) loadSectionDefaults().catch(() => {});
  }, [selected]);
  // Selecting a section opens its fields.
  const [lastSelected, setLastSelected] = useState(selected);
  if (selected !== lastSelected) {
    setLastSelected(selected);
    if (selected) setRightTab('section');
  }

  const left = (
    <PanelTabs
      label={t('panels.left')}
      value={leftTab}
      onChange={(v) => setLeftTab(v as typeof leftTab)}
      tabs={[
        { value: 'pages', label: t('panels.pages'), content: <PagesPanel store={store} /> },
        { value: 'outline', label: t('panels.outline'), content: <Puck.Outline /> },
        {
          value: 'add',
          label: t('panels.add'),
          content: (
            <div className="pm-components">
              <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400">{t('panels.addHint')}</p>
              <Puck.Components />
            </div>
          ),
        },
      ]}
    />
  );
  const right = (
    <PanelTabs
      label={t('panels.right')}
      value={rightTab}
      onChange={(v) => setRightTab(v as typeof rightTab)}
      tabs={[
        {
          value: 'section',
          label: t('panels.section'),
          content: (
            <>
              <div className="border-b border-zinc-200 p-3 dark:border-zinc-800">
                <SectionAi siteId={site.id} language={language} store={store} />
              </div>
              {selected ? fieldsFor === selected && <Puck.Fields /> : <p className="p-3 text-sm text-zinc-600 dark:text-zinc-400">{t('panels.noSelection')}</p>}
            </>
          ),
        },
        {
          value: 'theme',
          label: t('panels.theme'),
          content: (
            <Suspense fallback={<PanelSkeleton />}>
              <ThemePanel />
              <AppSetting store={store} />
            </Suspense>
          ),
        },
        {
          value: 'page',
          label: t('panels.page'),
          content: (
            <Suspense fallback={<PanelSkeleton />}>
              <SeoPanel store={store} site={site} />
            </Suspense>
          ),
        },
      ]}
    />
  );

  return (
    <div className="pm-editor flex h-dvh flex-col bg-zinc-100 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
      <EditorShortcuts store={store} />
      <header className="flex h-14 shrink-0 items-center gap-1 border-b border-zinc-200 bg-white px-2 sm:gap-2 sm:px-3 dark:border-zinc-800 dark:bg-zinc-900">
        <Link href={`/dashboard/sites/${site.id}`} className="pm-icon-button" aria-label={t('toolbar.back')}>
          <ArrowLeft className="size-4" aria-hidden />
        </Link>
        <h1 className="hidden max-w-48 truncate text-sm font-semibold md:block">{site.name}</h1>
        {!wide && (
          <button type="button" className="pm-icon-button" aria-label={t('toolbar.openLeft')} onClick={() => setSheet('left')}>
            <Layers className="size-4" aria-hidden />
          </button>
        )}
        <div className="mx-auto hidden items-center gap-1 sm:flex" role="group" aria-label={t('toolbar.viewport')}>
          {viewports.map(({ width, icon: Icon, key }) => (
            <button
              key={width}
              type="button"
              className={cn('pm-icon-button', viewport === width && 'pm-icon-button--on')}
              aria-pressed={viewport === width}
              aria-label={t(`toolbar.viewports.${key}`, { width })}
              title={t(`toolbar.viewports.${key}`, { width })}
              onClick={() => setViewport(width)}
            >
              <Icon className="size-4" aria-hidden />
            </button>
          ))}
          <label className="sr-only" htmlFor="pm-zoom">
            {t('toolbar.zoom')}
          </label>
          <select
            id="pm-zoom"
            className="pm-field-input h-8 w-auto py-0 text-xs"
            value={String(zoom)}
            onChange={(e) => setZoom(e.target.value === 'fit' ? 'fit' : (Number(e.target.value) as Zoom))}
          >
            {zooms.map((z) => (
              <option key={z} value={String(z)}>
                {z === 'fit' ? t('toolbar.zoomFit') : `${Math.round(z * 100)}%`}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="pm-icon-button ml-auto sm:ml-0"
          aria-label={t('toolbar.undo')}
          title={t('toolbar.undoHint')}
          disabled={!canUndo}
          onClick={undo}
        >
          <Undo2 className="size-4" aria-hidden />
        </button>
        <button type="button" className="pm-icon-button" aria-label={t('toolbar.redo')} title={t('toolbar.redoHint')} disabled={!canRedo} onClick={redo}>
          <Redo2 className="size-4" aria-hidden />
        </button>
        <SaveStatus store={store} />
        <button
          type="button"
          className="pm-icon-button"
          aria-label={t('toolbar.history')}
          onPointerEnter={() => void loadHistoryPanel()}
          onFocus={() => void loadHistoryPanel()}
          onClick={() => {
            setHistoryUsed(true);
            setHistoryOpen(true);
          }}
        >
          <History className="size-4" aria-hidden />
        </button>
        {!wide && (
          <button type="button" className="pm-icon-button" aria-label={t('toolbar.openRight')} onClick={() => setSheet('right')}>
            <PanelRight className="size-4" aria-hidden />
          </button>
        )}
        <PublishDialog site={site} store={store} />
      </header>
      <div className="flex min-h-0 flex-1">
        {wide && (
          <aside
            aria-label={t('panels.left')}
            className="w-72 shrink-0 overflow-y-auto border-r border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
          >
            {left}
          </aside>
        )}
        <main aria-label={t('canvas')} className="min-w-0 flex-1">
          <Canvas width={viewport} zoom={zoom} />
        </main>
        {wide && (
          <aside
            aria-label={t('panels.right')}
            className="w-80 shrink-0 overflow-y-auto border-l border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
          >
            {right}
          </aside>
        )}
      </div>
      {!wide && (
        <Sheet side="left" open={sheet === 'left'} onOpenChange={(open) => setSheet(open ? 'left' : null)} title={t('panels.left')}>
          {left}
        </Sheet>
      )}
      {!wide && (
        <Sheet side="right" open={sheet === 'right'} onOpenChange={(open) => setSheet(open ? 'right' : null)} title={t('panels.right')}>
          {right}
        </Sheet>
      )}
      {historyUsed && (
        <Suspense fallback={historyOpen && <DialogFrame title={t('history.title')} description={t('history.description')} />}>
          <HistoryPanel site={site} store={store} open={historyOpen} onOpenChange={setHistoryOpen} />
        </Suspense>
      )}
    </div>
  );
}

// The canvas at the chosen viewport width, scaled to fit the space (or to a fixed zoom).
function Canvas({ width, zoom }: { width: number; zoom: Zoom }) {
  const outer = useRef<HTMLDivElement>(null);
  const [space, setSpace] = useState({ width: 1200, height: 800 });
  useEffect(() => {
    const el = outer.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setSpace({ width: entry.contentRect.width, height: entry.contentRect.height }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const scale = zoom === 'fit' ? Math.min(1, (space.width - 32) / width) : zoom;
  // The frame is laid out at the viewport width and scaled; its box takes the scaled size.
  const frameHeight = Math.max(200, (space.height - 32) / scale);
  return (
    <div ref={outer} className="pm-editor-canvas h-full overflow-auto">
      <div className="relative mx-auto my-4" style={{ width: width * scale, height: frameHeight * scale }}>
        <div
          data-viewport={width}
          className="absolute top-0 left-0 overflow-hidden rounded-md bg-white shadow-sm ring-1 ring-zinc-200 dark:ring-zinc-800"
          style={{ width, height: frameHeight, transform: `scale(${scale})`, transformOrigin: 'top left' }}
        >
          <Puck.Preview />
        </div>
      </div>
    </div>
  );
}

function PanelTabs({
  label,
  value,
  onChange,
  tabs,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  tabs: Array<{ value: string; label: string; content: React.ReactNode }>;
}) {
  return (
    <div className="flex h-full flex-col">
      <div role="tablist" aria-label={label} className="flex shrink-0 gap-1 border-b border-zinc-200 p-2 dark:border-zinc-800">
        {tabs.map((tab) => (
          <button
            key={tab.value}
            type="button"
            role="tab"
            id={`tab-${tab.value}`}
            aria-selected={value === tab.value}
            aria-controls={`tabpanel-${tab.value}`}
            tabIndex={value === tab.value ? 0 : -1}
            className={cn(
              'rounded-md px-3 py-1.5 text-sm font-medium',
              value === tab.value
                ? 'bg-zinc-900 text-white dark:bg-white dark:text-zinc-900'
                : 'text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800',
            )}
            onClick={() => onChange(tab.value)}
            onKeyDown={(e) => {
              const i = tabs.findIndex((x) => x.value === value);
              const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length] : null;
              if (next) {
                onChange(next.value);
                (e.currentTarget.parentElement?.querySelector(`#tab-${next.value}`) as HTMLElement | null)?.focus();
              }
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs
        .filter((tab) => tab.value === value)
        .map((tab) => (
          <div key={tab.value} role="tabpanel" id={`tabpanel-${tab.value}`} aria-labelledby={`tab-${tab.value}`} className="min-h-0 flex-1 overflow-y-auto">
            {tab.content}
          </div>
        ))}
    </div>
  );
}

function Sheet(props: SheetProps) {
  if (!props.open) return null;
  return (
    <Suspense fallback={<SheetSkeleton side={props.side} title={props.title} />}>
      <RadixSheet {...props} />
    </Suspense>
  );
}

// Sheet.tsx's frame, still, while its code loads.
function SheetSkeleton({ side, title }: { side: 'left' | 'right'; title: string }) {
  return (
    <div aria-busy="true">
      <div className="fixed inset-0 z-40 bg-black/40" />
      <div className={cn('fixed inset-y-0 z-50 flex w-[min(22rem,92vw)] flex-col bg-white shadow-xl dark:bg-zinc-900', side === 'left' ? 'left-0' : 'right-0')}>
        <div className="flex h-12 shrink-0 items-center border-b border-zinc-200 px-3 dark:border-zinc-800">
          <p className="text-sm font-semibold">{title}</p>
        </div>
        <PanelSkeleton />
      </div>
    </div>
  );
}

function PanelSkeleton() {
  return (
    <div className="grid gap-3 p-3" aria-busy="true">
      <div className="h-4 w-1/3 rounded bg-zinc-100 dark:bg-zinc-800" />
      <div className="h-9 rounded-lg bg-zinc-100 dark:bg-zinc-800" />
      <div className="h-4 w-1/4 rounded bg-zinc-100 dark:bg-zinc-800" />
      <div className="h-24 rounded-lg bg-zinc-100 dark:bg-zinc-800" />
      <div className="h-9 rounded-lg bg-zinc-100 dark:bg-zinc-800" />
    </div>
  );
}

'use client';
// The live view of a generation: status line, the business and its palette once chosen, and one
// card per page whose sections appear one by one as they stream in.
import { Check, LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { cn } from '@/components/ui/cn';

export type BoardPalette = { id: string; background: string; surface: string; text: string; muted?: string; primary: string; accent: string };

export type BoardSection = { id: string; type: string; snippet: string; delayMs: number };
export type BoardPage = { id: string; path: string; title: string; delayMs: number; sections: BoardSection[] };
export type Board = {
  business: { name: string; tagline: string; city: string } | null;
  palette: BoardPalette | null;
  headingFont: string | null;
  pages: BoardPage[];
};

export const emptyBoard: Board = { business: null, palette: null, headingFont: null, pages: [] };

// A tiny sketch of the section in the site's colours: hero and calls to action are solid,
// navigation and footer are bars, everything else is content lines.
function SectionGlyph({ type, palette }: { type: string; palette: BoardPalette | null }) {
  const p = palette ?? { background: '#f4f4f5', surface: '#e4e4e7', text: '#3f3f46', primary: '#6d28d9', accent: '#c4b5fd', id: '' };
  const frame = 'flex h-6 w-8 shrink-0 overflow-hidden rounded-md ring-1 ring-black/5 dark:ring-white/10';
  if (type === 'hero' || type === 'cta') {
    return (
      <span
        aria-hidden="true"
        className={cn(frame, 'flex-col justify-center gap-0.5 px-1.5')}
        style={{ backgroundColor: type === 'hero' ? p.primary : p.accent }}
      >
        <span className="h-1 w-4 rounded-full opacity-90" style={{ backgroundColor: p.background }} />
        <span className="h-1 w-2.5 rounded-full opacity-60" style={{ backgroundColor: p.background }} />
      </span>
    );
  }
  if (type === 'navbar' || type === 'footer') {
    return (
      <span aria-hidden="true" className={cn(frame, type === 'navbar' ? 'items-start' : 'items-end')} style={{ backgroundColor: p.background }}>
        <span className="h-2 w-full" style={{ backgroundColor: type === 'navbar' ? p.surface : p.text }} />
      </span>
    );
  }
  return (
    <span aria-hidden="true" className={cn(frame, 'items-center gap-1 px-1.5')} style={{ backgroundColor: p.surface }}>
      <span className="size-2 shrink-0 rounded-full" style={{ backgroundColor: p.accent }} />
      <span className="flex flex-1 flex-col gap-0.5">
        <span className="h-0.5 w-full rounded-full opacity-60" style={{ backgroundColor: p.text }} />
        <span className="h-0.5 w-2/3 rounded-full opacity-40" style={{ backgroundColor: p.text }} />
      </span>
    </span>
  );
}

const enter =
  'transition-[opacity,translate] duration-300 ease-out starting:translate-y-1.5 starting:opacity-0 motion-reduce:transition-none motion-reduce:starting:translate-y-0';

export function GenerationBoard({
  board,
  status,
  phase,
  sectionLabels,
  paletteName,
}: {
  board: Board;
  status: string;
  phase: 'generating' | 'done';
  sectionLabels: Record<string, string>;
  paletteName: string | null;
}) {
  const t = useTranslations('sites.new.board');
  const listRef = useRef<HTMLOListElement>(null);
  const sectionCount = board.pages.reduce((sum, page) => sum + page.sections.length, 0);
  const lastPageId = board.pages.at(-1)?.id;

  // On narrow screens the pages are a horizontal carousel: follow the page being written.
  useEffect(() => {
    const list = listRef.current;
    if (!list || list.scrollWidth <= list.clientWidth + 4) return;
    const last = list.lastElementChild as HTMLElement | null;
    if (!last) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    list.scrollTo({ left: last.offsetLeft - list.offsetLeft, behavior: reduce ? 'auto' : 'smooth' });
  }, [lastPageId]);

  const palette = board.palette;
  return (
    <section
      aria-labelledby="generation-title"
      aria-busy={phase === 'generating'}
      className="relative overflow-hidden rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      {/* An indeterminate progress line while the generator works. */}
      <div aria-hidden="true" className="absolute inset-x-0 top-0 h-0.5 overflow-hidden">
        {phase === 'generating' ? (
          <div className="h-full w-1/3 animate-[pm-progress_1.4s_ease-in-out_infinite] bg-linear-to-r from-transparent via-brand-500 to-transparent motion-reduce:w-full motion-reduce:animate-none motion-reduce:opacity-40" />
        ) : (
          <div className="h-full w-full bg-emerald-500" />
        )}
      </div>
      <style href="pm-progress" precedence="default">
        {'@keyframes pm-progress{0%{transform:translateX(-100%)}100%{transform:translateX(300%)}}'}
      </style>

      <div className="flex flex-col gap-3 border-b border-zinc-200 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6 dark:border-zinc-800">
        <div className="flex min-w-0 items-center gap-3">
          <span
            className={cn(
              'flex size-8 shrink-0 items-center justify-center rounded-full',
              phase === 'done'
                ? 'bg-emerald-100 text-emerald-700 dark:bg-emerald-950 dark:text-emerald-300'
                : 'bg-brand-50 text-brand-700 dark:bg-brand-950 dark:text-brand-300',
            )}
          >
            {phase === 'done' ? <Check className="size-4" /> : <LoaderCircle className="size-4 motion-safe:animate-spin" />}
          </span>
          <div className="min-w-0">
            <h2 id="generation-title" className="text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
              {phase === 'done' ? t('titleDone') : t('title')}
            </h2>
            {/* Announced by the form's live region; this copy is for sighted owners. */}
            <p aria-hidden="true" className="truncate text-sm font-medium text-zinc-950 dark:text-white">
              {status}
            </p>
          </div>
        </div>
        <p className="shrink-0 text-xs text-zinc-500 tabular-nums sm:text-sm dark:text-zinc-400">
          {t('counts', { pages: board.pages.length, sections: sectionCount })}
        </p>
      </div>

      {board.business ? (
        <div className={cn('flex flex-col gap-4 px-4 py-5 sm:flex-row sm:items-center sm:justify-between sm:px-6', enter)}>
          <div className="min-w-0">
            <p className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{t('business')}</p>
            <p
              className="mt-0.5 truncate text-2xl font-semibold tracking-tight text-zinc-950 sm:text-3xl dark:text-white"
              style={{ fontFamily: board.headingFont ?? undefined }}
            >
              {board.business.name}
            </p>
            {board.business.tagline && <p className="mt-1 line-clamp-2 text-sm text-zinc-600 dark:text-zinc-400">{board.business.tagline}</p>}
          </div>
          {palette && (
            <div className="flex shrink-0 items-center gap-3">
              <div className="flex -space-x-1.5" aria-hidden="true">
                {[palette.background, palette.surface, palette.primary, palette.accent, palette.text].map((colour, i) => (
                  <span
                    key={i}
                    className={cn('size-7 rounded-full shadow-[inset_0_0_0_1px_rgb(0_0_0/0.12)] ring-2 ring-white dark:ring-zinc-900', enter)}
                    style={{ backgroundColor: colour, transitionDelay: `${i * 60}ms` }}
                  />
                ))}
              </div>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('palette', { name: paletteName ?? palette.id })}</p>
            </div>
          )}
        </div>
      ) : (
        <div aria-hidden="true" className="flex items-center gap-4 px-4 py-5 sm:px-6">
          <div className="flex-1 space-y-2">
            <div className="h-3 w-24 rounded-full bg-zinc-100 motion-safe:animate-pulse dark:bg-zinc-800" />
            <div className="h-7 w-2/3 max-w-xs rounded-lg bg-zinc-100 motion-safe:animate-pulse dark:bg-zinc-800" />
          </div>
          <div className="flex -space-x-1.5">
            {[0, 1, 2, 3, 4].map((i) => (
              <span key={i} className="size-7 rounded-full bg-zinc-100 ring-2 ring-white motion-safe:animate-pulse dark:bg-zinc-800 dark:ring-zinc-900" />
            ))}
          </div>
        </div>
      )}

      <ol
        ref={listRef}
        aria-label={t('pagesLabel')}
        className="flex snap-x snap-mandatory scroll-px-4 items-start gap-3 overflow-x-auto px-4 pb-5 sm:grid sm:snap-none sm:grid-cols-2 sm:overflow-visible sm:px-6 sm:pb-6 lg:grid-cols-3"
      >
        {board.pages.map((page) => {
          const isWriting = phase === 'generating' && page.id === lastPageId;
          return (
            <li
              key={page.id}
              className={cn(
                'flex w-[82%] shrink-0 snap-start flex-col overflow-hidden rounded-xl border border-zinc-200 bg-zinc-50 sm:w-auto dark:border-zinc-800 dark:bg-zinc-950/60',
                enter,
              )}
              style={{ transitionDelay: `${page.delayMs}ms` }}
            >
              <div className="flex items-center gap-2 border-b border-zinc-200 bg-white px-3 py-2 dark:border-zinc-800 dark:bg-zinc-900">
                <span aria-hidden="true" className="flex gap-1">
                  <span className="size-2 rounded-full bg-zinc-200 dark:bg-zinc-700" />
                  <span className="size-2 rounded-full bg-zinc-200 dark:bg-zinc-700" />
                  <span className="size-2 rounded-full bg-zinc-200 dark:bg-zinc-700" />
                </span>
                <span className="min-w-0 flex-1 truncate rounded-md bg-zinc-100 px-2 py-0.5 text-center font-mono text-[11px] text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400">
                  {page.path}
                </span>
              </div>
              <div className="flex items-baseline justify-between gap-2 px-3 pt-3">
                <h3 className="truncate text-sm font-semibold text-zinc-950 dark:text-white">{page.title}</h3>
                <span className="shrink-0 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">{t('sectionCount', { count: page.sections.length })}</span>
              </div>
              <ol className="flex flex-col gap-1.5 p-3" aria-label={t('sectionsOf', { page: page.title })}>
                {page.sections.map((section) => (
                  <li
                    key={section.id}
                    className={cn(
                      'flex items-center gap-2.5 rounded-lg border border-zinc-200 bg-white px-2.5 py-2 shadow-xs dark:border-zinc-800 dark:bg-zinc-900',
                      enter,
                    )}
                    style={{ transitionDelay: `${section.delayMs}ms` }}
                  >
                    <SectionGlyph type={section.type} palette={palette} />
                    <div className="min-w-0 flex-1">
                      <p className="text-xs font-semibold text-zinc-900 dark:text-zinc-100">{sectionLabels[section.type] ?? section.type}</p>
                      {section.snippet && <p className="truncate text-xs text-zinc-500 dark:text-zinc-400">{section.snippet}</p>}
                    </div>
                  </li>
                ))}
                {isWriting && (
                  <li aria-hidden="true" className="flex items-center gap-2.5 rounded-lg border border-dashed border-zinc-300 px-2.5 py-2 dark:border-zinc-700">
                    <span className="h-6 w-8 rounded-md bg-zinc-200 motion-safe:animate-pulse dark:bg-zinc-800" />
                    <span className="flex flex-1 flex-col gap-1">
                      <span className="h-2 w-16 rounded-full bg-zinc-200 motion-safe:animate-pulse dark:bg-zinc-800" />
                      <span className="h-2 w-24 rounded-full bg-zinc-100 motion-safe:animate-pulse dark:bg-zinc-800/60" />
                    </span>
                  </li>
                )}
              </ol>
            </li>
          );
        })}
        {phase === 'generating' && board.pages.length === 0 && (
          <li
            aria-hidden="true"
            className="h-48 w-[82%] shrink-0 rounded-xl border border-dashed border-zinc-300 bg-zinc-50 motion-safe:animate-pulse sm:w-auto dark:border-zinc-700 dark:bg-zinc-950/60"
          />
        )}
      </ol>
    </section>
  );
}

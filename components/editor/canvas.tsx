'use client';
// What the canvas needs to render sections exactly as the publisher does: the site (business,
// pages, language), the page being edited, and the theme from the page's root props in Puck.
import { createUsePuck } from '@puckeditor/core';
import { useTranslations } from 'next-intl';
import { createContext, useContext, useDeferredValue, useEffect, useMemo, useSyncExternalStore } from 'react';
import { assetMapFrom } from '@/lib/media/files';
import type { RenderContext } from '@/lib/render/context';
import { loadedSectionCount, loadedSectionRender, loadSectionRender, onSectionRenderLoaded } from '@/lib/render/sections/registry';
import { baseCss, themeCss } from '@/lib/render/base-css';
import { createRenderContext } from '@/lib/render/page-context';
import type { Page, SiteDocument } from '@/lib/sites/document';
import { deviceMedia, devices, hiddenOn, type Device } from '@/lib/sites/devices';
import { gridColumnsCss } from '@/lib/sites/grid-columns';
import { findSectionInfo, sectionTypes } from '@/lib/sites/section-catalogue';
import { isFactualSection, pendingClaims } from '@/lib/sites/suggested-facts';
import type { Theme } from '@/lib/sites/theme';
import { loadedSectionDefaults } from './section-defaults';
import { useSiteAssets } from './use-assets';

// siteId lets the canvas show uploaded images (their sizes come from the site's asset list).
export type CanvasShell = { doc: SiteDocument; page: Page; siteId?: string };

export const CanvasShellContext = createContext<CanvasShell | null>(null);
const RenderCtx = createContext<RenderContext | null>(null);

// A section type's component and CSS, once its module has loaded; asks for it the first time.
export function useSectionRender(type: string) {
  const render = useSyncExternalStore(
    onSectionRenderLoaded,
    () => loadedSectionRender(type),
    () => undefined,
  );
  useEffect(() => {
    if (!render) loadSectionRender(type).catch(() => {});
  }, [render, type]);
  return render;
}

// The CSS of every section type loaded so far (the editor loads the site's types before the canvas
// shows, and any other with its first section), in the catalogue's order.
let sectionsCss = { count: -1, css: '' };
function loadedSectionsCss(): string {
  if (sectionsCss.count !== loadedSectionCount()) {
    const css = sectionTypes.map((type) => loadedSectionRender(type)?.css ?? '').join('\n');
    sectionsCss = { count: loadedSectionCount(), css: baseCss + css };
  }
  return sectionsCss.css;
}

// Styles the canvas with the site's own CSS: theme variables plus the CSS of every section type
// loaded, so a palette or font change restyles the canvas in one style recalculation.
const editorCss =
  '.pm-inline-text{outline:none;cursor:text;white-space:pre-wrap}.pm-inline-text:hover{box-shadow:0 0 0 1px rgba(99,102,241,.55)}' +
  '.pm-inline-text:focus{box-shadow:0 0 0 2px #6366f1;border-radius:2px}.pm-inline-text:empty{display:inline-block;min-width:1ch;min-height:1em}' +
  // Dragging across text inside a link selects it: links and images on the canvas are not dragged.
  '.pm-canvas a,.pm-canvas img{-webkit-user-drag:none}' +
  '.pm-suggested{margin:0;padding:.6rem 1rem;background:#fef3c7;color:#78350f;border-bottom:1px solid #f59e0b;font:14px/1.4 system-ui,sans-serif}' +
  '.pm-missing{padding:1rem;margin:0;border:1px dashed #b91c1c;color:#b91c1c;font:14px system-ui}.pm-loading{min-height:16rem}' +
  // Puck draws a selected section's action bar 44 px above it, or over its top when there is no
  // room (it sticks 52 px below the top of the canvas): the first section, the navigation bar,
  // would have its button covered, and clicks in its text would land on the bar. Room above it.
  '.pm-canvas{padding-top:52px}' +
  // Sections out of view skip style, layout and paint (a long page restyles, reflows and repaints
  // only what is on screen); the navigation bar is left out, its menu opens below its own box.
  '.pm-canvas [data-puck-component]:not(:has(>.s-navbar)){content-visibility:auto;contain-intrinsic-size:auto 640px}' +
  // The canvas never scrolls smoothly (the published page does, for its anchors). A scroll the
  // owner did not ask for (Tab focusing the next section, a field brought into view) would otherwise
  // glide on for a moment while the owner points at the text it is moving: the click lands where the
  // text was, on the section or another field, and what is typed next never reaches the text
  // clicked. The slower the machine, the longer the glide.
  'html{scroll-behavior:auto!important}' +
  '.pm-device-note{display:none;margin:0;padding:.6rem 1rem;background:#e0e7ff;color:#312e81;border-bottom:1px solid #6366f1;font:14px/1.4 system-ui,sans-serif}' +
  devices
    .map(
      (device) =>
        `@media ${deviceMedia[device]}{.pm-device-note[data-devices~=${device}]{display:block}.pm-device-note[data-devices~=${device}]~*{opacity:.4}}`,
    )
    .join('');

function canvasCss(theme: Theme): string {
  return themeCss(theme) + loadedSectionsCss() + editorCss;
}

// The canvas's style element, so a theme change can restyle the canvas in the very next frame,
// before Puck has taken the change in (see root-props.ts).
let canvasStyle: HTMLStyleElement | null = null;

export function paintCanvasTheme(theme: Theme) {
  if (canvasStyle?.isConnected) canvasStyle.textContent = canvasCss(theme);
}

// The in-place text element of a section's prop on the canvas ("headline", "items[0].title"), if
// the canvas shows one (see InlineText.tsx).
export function canvasInlineText(sectionId: string, propPath: string): HTMLElement | null {
  const doc = canvasStyle?.isConnected ? canvasStyle.ownerDocument : null;
  return doc?.querySelector<HTMLElement>(`[data-puck-component="${CSS.escape(sectionId)}"] [data-pm-inline="${CSS.escape(propPath)}"]`) ?? null;
}

// Sets an in-place text element's text by changing its text node's characters rather than
// replacing the node: a replaced node makes the browser re-check every selector that looks at
// children (`:has()`, in Puck's CSS and ours) and restyle what they match, on every keystroke.
// A text that ends in a line break gets a <br> after it, as the browser's own editing leaves one:
// without it the empty last line has no box, and a caret put after the break is drawn, and types,
// before it.
export function setCanvasText(el: HTMLElement, text: string) {
  const first = el.firstChild;
  const after = first?.nextSibling ?? null;
  const breakAfter = text.endsWith('\n');
  if (first && first.nodeType === Node.TEXT_NODE && (!after || (after.nodeName === 'BR' && !after.nextSibling))) {
    (first as Text).data = text;
    if (breakAfter && !after) el.appendChild(el.ownerDocument.createElement('br'));
    if (!breakAfter && after) after.remove();
    return;
  }
  el.textContent = text;
  if (breakAfter) el.appendChild(el.ownerDocument.createElement('br'));
}

export function CanvasRoot({ theme, children }: { theme: Theme; children: React.ReactNode }) {
  const shell = useContext(CanvasShellContext);
  const uploads = useSiteAssets(shell?.siteId ?? '', Boolean(shell?.siteId));
  const assets = useMemo(() => assetMapFrom(uploads.data ?? []), [uploads.data]);
  // A theme change restyles the canvas at once through the CSS below; the sections themselves
  // (whose generated art is drawn in the palette) re-render just after, without holding up that
  // frame.
  const sectionTheme = useDeferredValue(theme);
  const ctx = useMemo(() => {
    if (!shell) return null;
    const doc = { ...shell.doc, theme: sectionTheme };
    return createRenderContext(doc, shell.page, { mode: 'editor', origin: '', assets });
  }, [shell, sectionTheme, assets]);
  // A section type loaded since (a section added from the library) brings its CSS.
  const loadedTypes = useSyncExternalStore(onSectionRenderLoaded, loadedSectionCount, loadedSectionCount);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const css = useMemo(() => canvasCss(theme), [theme, loadedTypes]);
  return (
    <RenderCtx.Provider value={ctx}>
      <style
        data-pm-theme
        ref={(el) => {
          canvasStyle = el;
        }}
      >
        {css}
      </style>
      <div className="pm-canvas" lang={shell?.page.language ?? shell?.doc.language}>
        {children}
      </div>
    </RenderCtx.Provider>
  );
}

export function CanvasSection({ type, id, props }: { type: string; id: string; props: Record<string, unknown> }) {
  const ctx = useContext(RenderCtx);
  const render = useSectionRender(type);
  if (!ctx || !findSectionInfo(type)) return <p className="pm-missing">{type}</p>;
  // Still loading (a type the site did not have, just added): a still box where it will show.
  if (!render) return <div className="pm-loading" aria-busy="true" />;
  const Component = render.component;
  return (
    <>
      {isFactualSection(type) && <SuggestedNotice id={id} type={type} />}
      <HiddenNote devices={hiddenOn(props)} />
      <GridColumns id={id} type={type} props={props} />
      <Component id={id} props={props} ctx={ctx} />
    </>
  );
}

const usePuck = createUsePuck();

// The columns a grid section chose per device, by the media queries the published page uses, so
// the viewport buttons show them.
function GridColumns(section: { id: string; type: string; props: Record<string, unknown> }) {
  const css = gridColumnsCss(section);
  return css ? <style>{css}</style> : null;
}

// Over a section hidden on some devices: shown (and the section dimmed) only while the canvas is as
// wide as one of them (the viewport buttons), by the same media queries the published page uses.
function HiddenNote({ devices: hidden }: { devices: Device[] }) {
  const tDevices = useTranslations('editor.devices');
  if (!hidden.length) return null;
  return (
    <p className="pm-device-note" data-devices={hidden.join(' ')} role="note">
      {tDevices('hiddenOn', { devices: hidden.map((device) => tDevices(device)).join(', ') })}
    </p>
  );
}

// Over a section whose reviews, people, figures or client names are still the suggested ones. Reads
// the section's own data from Puck (the props the canvas renders hold in-place editors, not text),
// so the notice goes as soon as the owner has rewritten every claim.
function SuggestedNotice({ id, type }: { id: string; type: string }) {
  const t = useTranslations('editor.facts');
  const shell = useContext(CanvasShellContext);
  const pending = usePuck((s) => {
    const props = s.getItemById(id)?.props as Record<string, unknown> | undefined;
    return Boolean(shell && props && pendingClaims(shell.doc, { id, type, props }, loadedSectionDefaults) > 0);
  });
  if (!pending) return null;
  return (
    <p className="pm-suggested" role="note">
      <strong>{t('notice')}</strong> {t(`replace.${type}` as 'replace.testimonials')}
    </p>
  );
}

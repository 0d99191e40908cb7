'use client';
// The section library's previews: each section type drawn with its defaults, in the site's theme,
// scaled down. Rendered into a shadow root so the site's CSS and the editor's never meet.
import { createUsePuck } from '@puckeditor/core';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { baseCss, themeCss } from '@/lib/render/base-css';
import { createRenderContext } from '@/lib/render/page-context';
import type { Theme } from '@/lib/sites/theme';
import { CanvasShellContext, useSectionRender } from './canvas';
import { loadSectionDefaults, useSectionDefaults } from './section-defaults';

const usePuck = createUsePuck();
const WIDTH = 1200;
const SCALE = 0.2;
// The theme, the base CSS and the section type's own CSS. Inside a shadow root the page's :root and
// body rules apply to the host and a wrapper instead.
const shadowCss = (theme: Theme, sectionCss: string) =>
  themeCss(theme).replace(':root', ':host') + (baseCss + sectionCss).replace(/(^|[}\s,])(?:body|html)\s*\{/g, '$1.pm-body{');

export function SectionPreview({ name, children }: { name: string; children: React.ReactNode }) {
  const shell = useContext(CanvasShellContext);
  const theme = usePuck((s) => (s.appState.data.root.props as { theme?: Theme } | undefined)?.theme);
  const host = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  useLayoutEffect(() => {
    const el = host.current;
    if (el && !root) setRoot(el.shadowRoot ?? el.attachShadow({ mode: 'open' }));
  }, [root]);
  const defaults = useSectionDefaults(name);
  useEffect(() => {
    if (!defaults) loadSectionDefaults().catch(() => {});
  }, [defaults]);
  const ctx = useMemo(() => (shell && theme ? createRenderContext({ ...shell.doc, theme }, shell.page, { mode: 'editor', origin: '' }) : null), [shell, theme]);
  // The type's component and the defaults load with the first preview (the library lists every type).
  const render = useSectionRender(name);
  const css = useMemo(() => (theme && render ? shadowCss(theme, render.css) : ''), [theme, render]);
  const Component = render?.component;
  return (
    <div className="grid gap-1 rounded-lg border border-zinc-200 bg-white p-1.5 hover:border-brand-500 dark:border-zinc-700 dark:bg-zinc-900">
      {/* Inert: the preview is a picture of the section, its links and buttons take no focus. */}
      <div ref={host} inert aria-hidden="true" className="pointer-events-none h-24 overflow-hidden rounded" style={{ width: WIDTH * SCALE }} />
      {root &&
        ctx &&
        Component &&
        defaults &&
        createPortal(
          <>
            <style>{css}</style>
            <div className="pm-body" style={{ width: WIDTH, transform: `scale(${SCALE})`, transformOrigin: 'top left' }}>
              <Component id={`preview-${name}`} props={defaults} ctx={ctx} />
            </div>
          </>,
          root,
        )}
      {children}
    </div>
  );
}

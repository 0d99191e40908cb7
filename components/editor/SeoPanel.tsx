'use client';
// The page's search and social fields, with a preview of how the page shows in search results.
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { ImageField } from './ImageField';
import { useEditorSnapshot, type EditorStore } from './editor-store';
import { useRootProps } from './root-props';
import type { EditorSite } from './SiteEditor';

export function SeoPanel({ store, site }: { store: EditorStore; site: EditorSite }) {
  const t = useTranslations('editor.seo');
  const id = useId();
  const [root, update] = useRootProps();
  const path = useEditorSnapshot(store, (s) => s.doc.pages.find((p) => p.id === s.pageId)?.path ?? '/');
  const businessName = useEditorSnapshot(store, (s) => s.doc.business.name);
  const tagline = useEditorSnapshot(store, (s) => s.doc.business.tagline);
  const shownTitle = path === '/' ? root.title : `${root.title} · ${businessName}`;
  const shownDescription = root.description || tagline;
  const url = `${site.liveUrl.replace(/\/$/, '')}${path === '/' ? '/' : path}`;
  return (
    <div className="grid gap-4 p-3">
      <label className="grid gap-1 text-sm font-medium" htmlFor={`${id}-title`}>
        {t('title')}
        <input id={`${id}-title`} className="pm-field-input" maxLength={120} value={root.title} onChange={(e) => update({ title: e.target.value })} />
        <span className="text-xs font-normal text-zinc-600 dark:text-zinc-400">{t('count', { n: root.title.length, max: 60 })}</span>
      </label>
      <label className="grid gap-1 text-sm font-medium" htmlFor={`${id}-description`}>
        {t('description')}
        <textarea
          id={`${id}-description`}
          className="pm-field-input min-h-24"
          maxLength={300}
          value={root.description}
          onChange={(e) => update({ description: e.target.value })}
        />
        <span className="text-xs font-normal text-zinc-600 dark:text-zinc-400">{t('count', { n: root.description.length, max: 160 })}</span>
      </label>
      <ImageField
        siteId={site.id}
        label={t('socialImage')}
        value={{ src: root.socialImage, alt: '' }}
        onChange={(next) => update({ socialImage: next.src })}
        withAlt={false}
      />
      <section aria-labelledby={`${id}-preview`} className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-700 dark:bg-zinc-950">
        <h2 id={`${id}-preview`} className="mb-2 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">
          {t('preview')}
        </h2>
        <p className="truncate text-xs text-zinc-700 dark:text-zinc-300">{url}</p>
        <p className="truncate text-lg leading-snug text-[#1a0dab] dark:text-[#8ab4f8]">
          {shownTitle.length > 60 ? `${shownTitle.slice(0, 59)}…` : shownTitle}
        </p>
        <p className="line-clamp-2 text-sm text-zinc-700 dark:text-zinc-300">
          {shownDescription.length > 160 ? `${shownDescription.slice(0, 159)}…` : shownDescription || t('noDescription')}
        </p>
      </section>
    </div>
  );
}

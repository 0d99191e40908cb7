'use client';
// Loads the editor in the browser only: Puck measures the canvas and its iframe on mount.
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { loadSectionRenders, sectionTypesOf } from '@/lib/render/sections/registry';
import { openingPage } from './editor-store';
import { EditorSkeleton } from './EditorSkeleton';
import type { EditorSite } from './SiteEditor';

function Loading() {
  const t = useTranslations('editor');
  return <EditorSkeleton label={t('loading')} />;
}

const SiteEditor = dynamic(() => import('./SiteEditor').then((m) => m.SiteEditor), { ssr: false, loading: Loading });

export function EditorLoader({ site }: { site: EditorSite }) {
  // The components of the opening page's section types load beside the editor's code (SiteEditor
  // waits for them, so the canvas shows every section at once).
  useEffect(() => {
    loadSectionRenders(sectionTypesOf([openingPage(site.document)])).catch(() => {});
  }, [site.document]);
  return <SiteEditor site={site} />;
}

'use client';
// Loads the editor in the browser only: Puck measures the canvas and its iframe on mount.
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { EditorSkeleton } from './EditorSkeleton';
import type { EditorSite } from './SiteEditor';

function Loading() {
  const t = useTranslations('editor');
  return <EditorSkeleton label={t('loading')} />;
}

const SiteEditor = dynamic(() => import('./SiteEditor').then((m) => m.SiteEditor), { ssr: false, loading: Loading });

export function EditorLoader({ site }: { site: EditorSite }) {
  return <SiteEditor site={site} />;
}

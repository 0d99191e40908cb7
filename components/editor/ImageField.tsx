'use client';
// The image field (ImageFieldPanel.tsx), loaded the first time one is shown: the inspector shows
// one only for a selected section with an image, or on the page's SEO tab. While its code loads,
// a still outline of the same size stands in.
import dynamic from 'next/dynamic';
import type { ImageFieldProps } from './ImageFieldPanel';

export type { ImageFieldProps, ImageValue } from './ImageFieldPanel';

export const ImageField = dynamic<ImageFieldProps>(() => import('./ImageFieldPanel').then((m) => m.ImageFieldPanel), {
  loading: ImageFieldSkeleton,
});

function ImageFieldSkeleton() {
  return (
    <div className="space-y-3" aria-busy="true">
      <div className="h-5 w-24 rounded bg-zinc-100 dark:bg-zinc-800" />
      <div className="flex gap-3 rounded-xl border border-dashed border-zinc-300 p-3 dark:border-zinc-700">
        <div className="h-24 w-32 shrink-0 rounded-lg bg-zinc-100 dark:bg-zinc-800" />
        <div className="flex-1 space-y-2">
          <div className="flex gap-2">
            <div className="h-8 w-20 rounded-lg bg-zinc-100 dark:bg-zinc-800" />
            <div className="h-8 w-20 rounded-lg bg-zinc-100 dark:bg-zinc-800" />
          </div>
          <div className="h-3 w-3/4 rounded bg-zinc-100 dark:bg-zinc-800" />
        </div>
      </div>
    </div>
  );
}

'use client';
// The dashboard's Images card: each section's main image as an ImageField, saved into the draft
// with the revision the page was loaded at (a change made elsewhere meanwhile is not overwritten).
import { Check, LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { setSectionImageAction } from '@/lib/media/actions';
import { ImageField, type ImageValue } from '@/components/editor/ImageField';
import { Button } from '@/components/ui/Button';

export type SectionImageItem = { key: string; pageId: string; sectionId: string; field: string; where: string; image: ImageValue };

function SectionImage({ siteId, item, revision, onSaved }: { siteId: string; item: SectionImageItem; revision: number; onSaved: (revision: number) => void }) {
  const t = useTranslations('media.images');
  const [value, setValue] = useState<ImageValue>(item.image);
  const [saved, setSaved] = useState<ImageValue>(item.image);
  const [status, setStatus] = useState<'idle' | 'saved' | 'conflict' | 'failed'>('idle');
  const [isPending, startTransition] = useTransition();
  const isDirty = value.src !== saved.src || value.alt !== saved.alt;

  function save() {
    startTransition(async () => {
      const { pageId, sectionId, field } = item;
      const result = await setSectionImageAction({ siteId, revision, pageId, sectionId, field, image: value }).catch(() => null);
      if (result?.ok) {
        setSaved(value);
        setStatus('saved');
        onSaved(result.data.revision);
      } else {
        setStatus(result?.error.code === 'CONFLICT' ? 'conflict' : 'failed');
      }
    });
  }

  return (
    <li className="space-y-3 px-5 py-4">
      <ImageField
        siteId={siteId}
        label={item.where}
        value={value}
        onChange={(next) => {
          setValue(next);
          setStatus('idle');
        }}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" size="sm" onClick={save} disabled={!isDirty || isPending}>
          {isPending && <LoaderCircle className="size-3.5 motion-safe:animate-spin" />}
          {isPending ? t('saving') : t('save')}
        </Button>
        <p aria-live="polite" className="text-sm empty:hidden">
          {status === 'saved' && !isDirty && (
            <span className="inline-flex items-center gap-1 text-emerald-800 dark:text-emerald-300">
              <Check className="size-4" aria-hidden="true" />
              {t('saved')}
            </span>
          )}
          {status === 'conflict' && <span className="text-red-700 dark:text-red-300">{t('conflict')}</span>}
          {status === 'failed' && <span className="text-red-700 dark:text-red-300">{t('failed')}</span>}
        </p>
      </div>
    </li>
  );
}

export function SectionImages({ siteId, revision, items }: { siteId: string; revision: number; items: SectionImageItem[] }) {
  const t = useTranslations('media.images');
  // The page's revision, raised by each save here (a reload brings the server's again).
  const [latest, setLatest] = useState(revision);
  const current = Math.max(latest, revision);
  if (items.length === 0) return <p className="px-5 py-8 text-center text-sm text-zinc-600 dark:text-zinc-400">{t('empty')}</p>;
  return (
    <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
      {items.map((item) => (
        <SectionImage key={item.key} siteId={siteId} item={item} revision={current} onSaved={setLatest} />
      ))}
    </ul>
  );
}

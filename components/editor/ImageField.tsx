'use client';
// Image field: the picture's address and its alt text. (Uploads arrive with the media pipeline.)
import { useTranslations } from 'next-intl';
import { useId } from 'react';

type Value = { src: string; alt: string };

export function ImageField({ value, onChange, label }: { siteId: string; value: Value | undefined; onChange: (next: Value) => void; label: string }) {
  const t = useTranslations('editor.image');
  const id = useId();
  const current = value ?? { src: '', alt: '' };
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">{label}</legend>
      <label htmlFor={`${id}-src`} className="text-xs text-zinc-600 dark:text-zinc-400">
        {t('address')}
      </label>
      <input id={`${id}-src`} className="pm-field-input" value={current.src} onChange={(e) => onChange({ ...current, src: e.target.value })} />
      <label htmlFor={`${id}-alt`} className="text-xs text-zinc-600 dark:text-zinc-400">
        {t('alt')}
      </label>
      <input id={`${id}-alt`} className="pm-field-input" value={current.alt} onChange={(e) => onChange({ ...current, alt: e.target.value })} />
      {!current.alt && current.src && <p className="text-xs text-amber-700 dark:text-amber-400">{t('altMissing')}</p>}
    </fieldset>
  );
}

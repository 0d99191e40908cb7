'use client';
// "What we understood": the name, kind, place, language and colours read from the prompt, as
// fields the owner corrects in one click before the site is written. A field the owner changed
// keeps their value while they go on typing; "use what we read" gives it back to the prompt.
import { ChevronDown, Copy, LoaderCircle, RotateCcw, Sparkles } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { cn } from '@/components/ui/cn';
import type { PromptReading } from '@/lib/generate/prompt-reading';
import { siteLanguages, type SiteLanguage } from '@/lib/i18n/languages';
import { AddressField, type OriginParts } from './AddressField';
import { KindPicker, type KindOption, type KindValue } from './KindPicker';
import type { AddressState } from './use-address-check';

// slug: the address, when the owner typed their own instead of the one made from the name.
export type OwnFacts = { name?: string; kind?: { id: string; label: string } | null; place?: string; slug?: string };
type Language = 'auto' | SiteLanguage;

export function PromptFacts({
  reading,
  isReading,
  own,
  onOwnChange,
  kinds,
  language,
  onLanguageChange,
  paletteId,
  onPaletteChange,
  paletteIds,
  paletteName,
  disabled,
  onStartFrom,
  isStarting,
  address,
}: {
  reading: PromptReading | undefined;
  isReading: boolean;
  own: OwnFacts;
  onOwnChange: (own: OwnFacts) => void;
  kinds: KindOption[];
  language: Language;
  onLanguageChange: (language: Language) => void;
  paletteId: string;
  onPaletteChange: (id: string) => void;
  paletteIds: string[];
  paletteName: (id: string) => string;
  disabled: boolean;
  onStartFrom: (siteId: string) => void;
  isStarting: boolean;
  // The address made from the name (or the owner's own), its live check and how URLs look here.
  address: { value: string; state: AddressState; parts: OriginParts; inputRef: React.Ref<HTMLInputElement> };
}) {
  const t = useTranslations('sites.new.facts');
  const tNew = useTranslations('sites.new');
  const tAddress = useTranslations('sites.address');
  const ids = { title: useId(), name: useId(), kind: useId(), kindHint: useId(), place: useId(), language: useId(), palette: useId() };
  if (!reading) return null;

  const name = own.name ?? reading.name ?? '';
  const kind: KindValue = own.kind !== undefined ? own.kind : reading.kind;
  const place = own.place ?? reading.place ?? '';
  const shownLanguage = language === 'auto' ? reading.language : language;
  const shownPalette = paletteId === 'auto' ? (reading.paletteId ?? 'auto') : paletteId;
  const fieldClass =
    'h-10 w-full rounded-lg border border-zinc-300 bg-white px-3 text-base text-zinc-900 shadow-xs placeholder:text-zinc-400 hover:border-zinc-400 sm:text-sm dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:border-zinc-600';
  const reset = (field: keyof OwnFacts) => {
    const next = { ...own };
    delete next[field];
    onOwnChange(next);
  };
  const resetButton = (field: keyof OwnFacts, label: string) =>
    own[field] !== undefined && (
      <button
        type="button"
        onClick={() => reset(field)}
        disabled={disabled}
        aria-label={t('useReadingFor', { field: label })}
        className="inline-flex items-center gap-1 rounded text-xs font-medium text-brand-700 hover:underline dark:text-brand-300"
      >
        <RotateCcw aria-hidden="true" className="size-3" />
        {t('useReading')}
      </button>
    );

  return (
    <section aria-labelledby={ids.title} className="rounded-2xl border border-zinc-200 bg-zinc-50/70 p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900/60">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={ids.title} className="flex items-center gap-2 text-sm font-semibold text-zinc-950 dark:text-white">
          <Sparkles aria-hidden="true" className="size-4 text-brand-600 dark:text-brand-300" />
          {t('title')}
        </h2>
        <p className="flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400" aria-live="polite">
          {isReading && <LoaderCircle aria-hidden="true" className="size-3.5 motion-safe:animate-spin" />}
          {isReading ? t('reading') : t('hint')}
        </p>
      </div>

      {reading.foreignLanguage && language === 'auto' && (
        <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-100">
          {t('foreignLanguage', { language: tNew(`languages.${reading.language}`) })}
        </p>
      )}

      <div className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="flex flex-col gap-1.5">
          <div className="flex items-baseline justify-between gap-2">
            <label htmlFor={ids.name} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
              {t('name')}
            </label>
            {resetButton('name', t('name'))}
          </div>
          <input
            id={ids.name}
            value={name}
            maxLength={60}
            disabled={disabled}
            placeholder={t('namePlaceholder')}
            onChange={(event) => onOwnChange({ ...own, name: event.target.value })}
            className={fieldClass}
          />
        </div>

        <div className="flex flex-col gap-1.5">
          <div className="flex items-baseline justify-between gap-2">
            <label htmlFor={ids.kind} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
              {t('kind')}
            </label>
            {resetButton('kind', t('kind'))}
          </div>
          <KindPicker
            id={ids.kind}
            kinds={kinds}
            value={kind}
            disabled={disabled}
            describedBy={kind === null ? ids.kindHint : undefined}
            onChange={(next) => onOwnChange({ ...own, kind: next })}
          />
          {kind === null && (
            <p id={ids.kindHint} className="text-xs text-zinc-600 dark:text-zinc-400">
              {t('kindNoneHint')}
            </p>
          )}
          {own.kind === undefined && reading.kindAlternatives.length > 0 && (
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
              <span>{t('orMaybe')}</span>
              {reading.kindAlternatives.map((alt) => (
                <button
                  key={alt.id}
                  type="button"
                  disabled={disabled}
                  onClick={() => onOwnChange({ ...own, kind: alt })}
                  className="rounded-full border border-zinc-300 bg-white px-2 py-0.5 font-medium text-zinc-700 hover:border-brand-400 hover:text-brand-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300"
                >
                  {alt.label}
                </button>
              ))}
            </p>
          )}
        </div>

        <div className="flex flex-col gap-1.5">
          <div className="flex items-baseline justify-between gap-2">
            <label htmlFor={ids.place} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
              {t('place')}
            </label>
            {resetButton('place', t('place'))}
          </div>
          <input
            id={ids.place}
            value={place}
            maxLength={60}
            disabled={disabled}
            placeholder={t('placePlaceholder')}
            onChange={(event) => onOwnChange({ ...own, place: event.target.value })}
            className={fieldClass}
          />
        </div>

        <div className="flex flex-col gap-1.5">
          <label htmlFor={ids.language} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
            {t('language')}
          </label>
          <div className="relative">
            <select
              id={ids.language}
              value={shownLanguage}
              disabled={disabled}
              onChange={(event) => onLanguageChange(event.target.value as Language)}
              className={cn(fieldClass, 'appearance-none pr-9')}
            >
              {siteLanguages.map((option) => (
                <option key={option} value={option} lang={option}>
                  {tNew(`languages.${option}`)}
                </option>
              ))}
            </select>
            <ChevronDown aria-hidden="true" className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-zinc-500" />
          </div>
        </div>

        <div className="flex flex-col gap-1.5">
          <label htmlFor={ids.palette} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
            {t('colours')}
          </label>
          <div className="relative">
            <select
              id={ids.palette}
              value={shownPalette}
              disabled={disabled}
              onChange={(event) => onPaletteChange(event.target.value)}
              className={cn(fieldClass, 'appearance-none pr-9')}
            >
              <option value="auto">{t('coloursAuto')}</option>
              {paletteIds.map((id) => (
                <option key={id} value={id}>
                  {paletteName(id)}
                </option>
              ))}
            </select>
            <ChevronDown aria-hidden="true" className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-zinc-500" />
          </div>
        </div>
        <div className="sm:col-span-2 lg:col-span-3">
          <AddressField
            value={address.value}
            onChange={(slug) => onOwnChange({ ...own, slug })}
            state={address.state}
            parts={address.parts}
            disabled={disabled}
            inputRef={address.inputRef}
            action={resetButton('slug', tAddress('label'))}
          />
        </div>
      </div>

      {reading.offers.length > 0 && (
        <p className="mt-4 text-xs text-zinc-600 dark:text-zinc-400">
          {t('offers')} <span className="font-medium text-zinc-800 dark:text-zinc-200">{reading.offers.join(' · ')}</span>
        </p>
      )}

      {reading.similarSite && (
        <div className="mt-4 flex flex-col gap-3 rounded-xl border border-brand-200 bg-white p-3 sm:flex-row sm:items-center sm:justify-between dark:border-brand-900 dark:bg-zinc-900">
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{t('similar', { name: reading.similarSite.name })}</p>
          <button
            type="button"
            disabled={disabled || isStarting}
            onClick={() => onStartFrom(reading.similarSite!.siteId)}
            className="inline-flex h-9 shrink-0 items-center justify-center gap-1.5 rounded-lg border border-zinc-300 bg-white px-3 text-sm font-medium text-zinc-900 hover:bg-zinc-50 disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-100"
          >
            {isStarting ? <LoaderCircle aria-hidden="true" className="size-4 motion-safe:animate-spin" /> : <Copy aria-hidden="true" className="size-4" />}
            {t('startFrom', { name: reading.similarSite.name })}
          </button>
        </div>
      )}
    </section>
  );
}

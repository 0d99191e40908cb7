'use client';
// The image field of the editor's inspector (and the dashboard's Images card): the current
// image, upload by button or drag and drop with progress and clear refusals, a picker of the
// site's uploads, and alt text that is asked for. The value is the document's { src, alt }.
// Loaded on first use through ImageField.tsx.
import { AlertTriangle, ImageIcon, ImageOff, LoaderCircle, Sparkles, Trash2, Upload } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Progress } from 'radix-ui';
import { useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Dialog, DialogClose } from '@/components/ui/Dialog';
import { cn } from '@/components/ui/cn';
import { rememberAssetAlt, useSiteAssets, useUploadAsset, type AssetSummary } from './use-assets';

export type ImageValue = { src: string; alt: string };

export type ImageFieldProps = {
  siteId: string;
  // Puck hands a custom field `undefined` until it has a value: treated as no image.
  value: ImageValue | undefined;
  onChange(next: ImageValue): void;
  label: string;
  // Off for images that carry no alt text of their own (the page's social image).
  withAlt?: boolean;
};

const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif';
const assetIdOf = (src: string) => /^\/assets\/([\w-]+)$/.exec(src)?.[1] ?? null;

function Thumbnail({ src, assets, label }: { src: string; assets: AssetSummary[] | undefined; label: string }) {
  const tf = useTranslations('media.field');
  const box =
    'flex h-24 w-32 shrink-0 items-center justify-center overflow-hidden rounded-lg bg-zinc-100 ring-1 ring-zinc-200 dark:bg-zinc-800 dark:ring-zinc-700';
  const assetId = assetIdOf(src);
  const asset = assetId ? assets?.find((a) => a.id === assetId) : undefined;
  const url = asset ? asset.thumbnail : /^https:\/\//.test(src) ? src : null;
  if (url) {
    return (
      <div className={box}>
        {/* eslint-disable-next-line @next/next/no-img-element -- owner-only bytes from our API, already sized */}
        <img src={url} alt={tf('preview')} title={label} className="size-full object-cover" />
      </div>
    );
  }
  const [Icon, text] = src.startsWith('art:')
    ? [Sparkles, tf('art')]
    : assetId
      ? [ImageIcon, tf('preview')]
      : src
        ? [ImageIcon, tf('external')]
        : [ImageOff, tf('none')];
  return (
    <div className={cn(box, 'flex-col gap-1 px-2 text-center text-xs text-zinc-600 dark:text-zinc-400')}>
      <Icon className="size-5" aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}

export function ImageFieldPanel({ siteId, value: given, onChange, label, withAlt = true }: ImageFieldProps) {
  const value = given ?? { src: '', alt: '' };
  const t = useTranslations('media');
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [isDragging, setDragging] = useState(false);
  const [pickerOpen, setPickerOpen] = useState(false);
  const assets = useSiteAssets(siteId);
  const { state, upload, reset } = useUploadAsset(siteId);
  const busy = state.phase === 'uploading' || state.phase === 'processing';
  // Generated art is decoration: empty alt is right for it (as in listImagesWithoutAlt).
  const altMissing = value.src !== '' && !value.src.startsWith('art:') && value.alt.trim() === '';

  async function send(file: File | undefined) {
    if (!file || busy) return;
    const asset = await upload(file, value.alt.trim());
    if (asset) onChange({ src: asset.src, alt: value.alt || asset.alt });
  }

  function choose(asset: AssetSummary) {
    reset();
    onChange({ src: asset.src, alt: asset.alt || value.alt });
    setPickerOpen(false);
  }

  return (
    <fieldset className="@container min-w-0 space-y-3">
      <legend className="text-sm font-medium text-zinc-900 dark:text-zinc-100">{label}</legend>
      <div
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void send(event.dataTransfer.files[0]);
        }}
        className={cn(
          'flex flex-col gap-3 rounded-xl border border-dashed p-3 transition-colors @sm:flex-row @sm:items-start',
          isDragging ? 'border-brand-500 bg-brand-50 dark:bg-brand-950/40' : 'border-zinc-300 dark:border-zinc-700',
        )}
      >
        <Thumbnail src={value.src} assets={assets.data} label={label} />
        <div className="min-w-0 flex-1 space-y-2">
          <div className="flex flex-wrap gap-2">
            <Button type="button" size="sm" variant="secondary" onClick={() => fileInput.current?.click()} disabled={busy} aria-describedby={`${id}-drop`}>
              {busy ? <LoaderCircle className="size-3.5 motion-safe:animate-spin" /> : <Upload className="size-3.5" />}
              {t('field.upload')}
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept={ACCEPT}
              className="sr-only"
              tabIndex={-1}
              aria-label={t('field.fileInput', { label })}
              onChange={(event) => {
                void send(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
            <Dialog
              open={pickerOpen}
              onOpenChange={setPickerOpen}
              title={t('picker.title')}
              description={t('picker.description')}
              trigger={
                <Button type="button" size="sm" variant="secondary" disabled={busy}>
                  <ImageIcon className="size-3.5" />
                  {t('field.choose')}
                </Button>
              }
            >
              {assets.isPending ? (
                <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('picker.loading')}</p>
              ) : assets.isError ? (
                <p role="alert" className="text-sm text-red-700 dark:text-red-300">
                  {t('picker.failed')}
                </p>
              ) : assets.data.length === 0 ? (
                <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('picker.empty')}</p>
              ) : (
                <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
                  {assets.data.map((asset) => {
                    const name = asset.alt || asset.name || t('picker.unnamed', { width: asset.width, height: asset.height });
                    return (
                      <li key={asset.id}>
                        <button
                          type="button"
                          onClick={() => choose(asset)}
                          aria-label={t('picker.use', { name })}
                          aria-current={asset.src === value.src ? 'true' : undefined}
                          className="block w-full overflow-hidden rounded-lg ring-1 ring-zinc-200 hover:ring-brand-500 aria-[current=true]:ring-2 aria-[current=true]:ring-brand-600 dark:ring-zinc-700"
                        >
                          {/* eslint-disable-next-line @next/next/no-img-element -- owner-only bytes from our API */}
                          <img
                            src={asset.thumbnail}
                            alt=""
                            width={asset.width}
                            height={asset.height}
                            loading="lazy"
                            className="aspect-[4/3] w-full object-cover"
                          />
                          <span className="block truncate px-2 py-1 text-left text-xs text-zinc-700 dark:text-zinc-300">{name}</span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
              <div className="mt-4 flex justify-end">
                <DialogClose asChild>
                  <Button type="button" variant="ghost" size="sm">
                    {t('picker.close')}
                  </Button>
                </DialogClose>
              </div>
            </Dialog>
            {value.src && (
              <Button type="button" size="sm" variant="ghost" disabled={busy} onClick={() => onChange({ src: '', alt: '' })}>
                <Trash2 className="size-3.5" />
                {t('field.remove')}
              </Button>
            )}
          </div>
          <p id={`${id}-drop`} className="text-xs text-zinc-600 dark:text-zinc-400">
            {isDragging ? t('field.dropHere') : t('field.dropHint')}
          </p>
          <div aria-live="polite" className="text-xs text-zinc-700 empty:hidden dark:text-zinc-300">
            {state.phase === 'uploading' && t('field.uploading', { percent: state.percent })}
            {state.phase === 'processing' && t('field.processing')}
            {state.phase === 'done' && t('field.uploaded')}
          </div>
          {busy && (
            <Progress.Root
              value={state.phase === 'uploading' ? state.percent : 100}
              aria-label={t('field.progress')}
              className="h-1.5 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-700"
            >
              <Progress.Indicator
                className="h-full bg-brand-600 transition-[width] motion-safe:duration-200"
                style={{ width: `${state.phase === 'uploading' ? state.percent : 100}%` }}
              />
            </Progress.Root>
          )}
          {state.phase === 'failed' && (
            <p role="alert" className="flex items-start gap-1.5 text-sm text-red-700 dark:text-red-300">
              <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
              {t(`errors.${state.error}`)}
            </p>
          )}
        </div>
      </div>
      {withAlt && (
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${id}-alt`} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
            {t('field.alt')}
          </label>
          <input
            id={`${id}-alt`}
            type="text"
            value={value.alt}
            maxLength={200}
            disabled={!value.src}
            aria-describedby={`${id}-alt-hint`}
            onChange={(event) => onChange({ src: value.src, alt: event.target.value })}
            onBlur={() => {
              const assetId = assetIdOf(value.src);
              if (assetId && value.alt.trim()) void rememberAssetAlt(siteId, assetId, value.alt.trim());
            }}
            className={cn(
              'h-10 rounded-lg border bg-white px-3 text-sm text-zinc-900 disabled:opacity-60 dark:bg-zinc-900 dark:text-zinc-100',
              altMissing ? 'border-amber-500' : 'border-zinc-300 dark:border-zinc-700',
            )}
          />
          <p
            id={`${id}-alt-hint`}
            className={cn('flex items-start gap-1.5 text-xs', altMissing ? 'text-amber-800 dark:text-amber-200' : 'text-zinc-600 dark:text-zinc-400')}
          >
            {altMissing && <AlertTriangle className="mt-px size-3.5 shrink-0" aria-hidden="true" />}
            {altMissing ? t('field.altMissing') : t('field.altHint')}
          </p>
        </div>
      )}
    </fieldset>
  );
}

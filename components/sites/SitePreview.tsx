'use client';
// The draft preview: the page as visitors will see it, in an iframe at phone, tablet or desktop
// width (scaled down to fit), with a page picker. Links inside the preview switch pages.
import { ArrowUpRight, ChevronDown, LoaderCircle, Monitor, Smartphone, Tablet } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { ToggleGroup } from 'radix-ui';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { cn } from '@/components/ui/cn';

const devices = [
  { key: 'mobile', width: 390, Icon: Smartphone },
  { key: 'tablet', width: 768, Icon: Tablet },
  { key: 'desktop', width: 1280, Icon: Monitor },
] as const;
type DeviceKey = (typeof devices)[number]['key'];

export function SitePreview({
  siteId,
  siteName,
  host,
  pages,
}: {
  siteId: string;
  siteName: string;
  host: string;
  pages: Array<{ path: string; title: string }>;
}) {
  const t = useTranslations('sites.site.preview');
  const pickerId = useId();
  const frameBoxRef = useRef<HTMLDivElement>(null);
  const [path, setPath] = useState(pages[0]?.path ?? '/');
  const [device, setDevice] = useState<DeviceKey>('desktop');
  const [boxWidth, setBoxWidth] = useState<number | null>(null);
  const [loadedSrc, setLoadedSrc] = useState<string | null>(null);
  const hasPickedDevice = useRef(false);

  useEffect(() => {
    const box = frameBoxRef.current;
    if (!box) return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry.contentRect.width);
      setBoxWidth(measured);
      // On a phone, start with the phone view rather than a desktop shrunk to a quarter.
      if (!hasPickedDevice.current) {
        hasPickedDevice.current = true;
        if (measured < 600) setDevice('mobile');
      }
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const src = `/api/sites/${siteId}/preview?path=${encodeURIComponent(path)}`;
  const page = pages.find((p) => p.path === path) ?? pages[0];
  const width = devices.find((d) => d.key === device)?.width ?? 1280;
  const viewHeight = boxWidth !== null && boxWidth < 640 ? 560 : 680;
  const scale = boxWidth ? Math.min(1, boxWidth / width) : 1;
  const isLoading = loadedSrc !== src;

  // The preview is same-origin and script-free (sandboxed): follow its links here instead.
  const onLoad = useCallback(
    (event: React.SyntheticEvent<HTMLIFrameElement>) => {
      setLoadedSrc(src);
      const doc = event.currentTarget.contentDocument;
      doc?.addEventListener('click', (click) => {
        const link = (click.target as Element | null)?.closest?.('a');
        const href = link?.getAttribute('href');
        if (!href || href.startsWith('#')) return;
        click.preventDefault();
        const target = href.split('#')[0].replace(/\/$/, '') || '/';
        if (pages.some((p) => p.path === target)) setPath(target);
      });
    },
    [src, pages],
  );

  return (
    <section
      aria-labelledby="preview-title"
      className="overflow-hidden rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex flex-col gap-3 border-b border-zinc-200 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-5 dark:border-zinc-800">
        <div className="flex items-center gap-3">
          <h2 id="preview-title" className="text-base font-semibold text-zinc-950 dark:text-white">
            {t('title')}
          </h2>
          <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200 ring-inset dark:bg-amber-950/50 dark:text-amber-200 dark:ring-amber-900">
            {t('draftBadge')}
          </span>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={pickerId} className="sr-only">
            {t('page')}
          </label>
          <div className="relative min-w-0 flex-1 sm:flex-none">
            <select
              id={pickerId}
              value={path}
              onChange={(event) => setPath(event.target.value)}
              className="h-9 w-full appearance-none rounded-lg border border-zinc-300 bg-white pr-8 pl-3 text-sm text-zinc-900 shadow-xs hover:border-zinc-400 sm:w-52 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
            >
              {pages.map((p) => (
                <option key={p.path} value={p.path}>
                  {t('pageOption', { title: p.title, path: p.path })}
                </option>
              ))}
            </select>
            <ChevronDown className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-zinc-500" />
          </div>
          <ToggleGroup.Root
            type="single"
            value={device}
            onValueChange={(value) => {
              if (!value) return;
              hasPickedDevice.current = true;
              setDevice(value as DeviceKey);
            }}
            aria-label={t('widthLabel')}
            className="inline-flex h-9 items-center rounded-lg border border-zinc-300 bg-zinc-50 p-0.5 dark:border-zinc-700 dark:bg-zinc-950"
          >
            {devices.map(({ key, width: px, Icon }) => (
              <ToggleGroup.Item
                key={key}
                value={key}
                aria-label={t(`devices.${key}`, { width: px })}
                title={t(`devices.${key}`, { width: px })}
                className="inline-flex h-full items-center gap-1.5 rounded-md px-2.5 text-xs font-medium text-zinc-600 transition-colors hover:text-zinc-950 data-[state=on]:bg-white data-[state=on]:text-zinc-950 data-[state=on]:shadow-sm dark:text-zinc-400 dark:hover:text-white dark:data-[state=on]:bg-zinc-800 dark:data-[state=on]:text-white"
              >
                <Icon className="size-4" />
                <span className="hidden tabular-nums md:inline">{px}</span>
              </ToggleGroup.Item>
            ))}
          </ToggleGroup.Root>
          <a
            href={src}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex size-9 items-center justify-center rounded-lg border border-zinc-300 text-zinc-600 hover:bg-zinc-50 hover:text-zinc-950 dark:border-zinc-700 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white"
            title={t('openTab')}
          >
            <ArrowUpRight className="size-4" />
            <span className="sr-only">{t('openTab')}</span>
          </a>
        </div>
      </div>

      <div className="bg-zinc-100 p-3 sm:p-5 dark:bg-zinc-950">
        <div ref={frameBoxRef} className="w-full">
          <div
            className="mx-auto overflow-hidden rounded-xl border border-zinc-300 bg-white shadow-lg shadow-zinc-900/10 transition-[width] duration-300 motion-reduce:transition-none dark:border-zinc-700 dark:shadow-black/40"
            style={{ width: Math.round(width * scale) + 2 }}
          >
            <div className="flex h-8 items-center gap-2 border-b border-zinc-200 bg-zinc-50 px-3 dark:border-zinc-700 dark:bg-zinc-800">
              <span aria-hidden="true" className="flex gap-1">
                <span className="size-2 rounded-full bg-zinc-300 dark:bg-zinc-600" />
                <span className="size-2 rounded-full bg-zinc-300 dark:bg-zinc-600" />
                <span className="size-2 rounded-full bg-zinc-300 dark:bg-zinc-600" />
              </span>
              <span className="min-w-0 flex-1 truncate rounded bg-white px-2 py-0.5 text-center font-mono text-[11px] text-zinc-500 dark:bg-zinc-900 dark:text-zinc-400">
                {host}
                {path === '/' ? '' : path}
              </span>
            </div>
            <div className="relative overflow-hidden" style={{ height: viewHeight }}>
              {boxWidth !== null && (
                <iframe
                  key={src}
                  src={src}
                  title={t('frameTitle', { page: page?.title ?? path, name: siteName })}
                  onLoad={onLoad}
                  sandbox="allow-same-origin"
                  className="absolute top-0 left-0 origin-top-left border-0 bg-white"
                  style={{ width, height: viewHeight / scale, transform: `scale(${scale})` }}
                />
              )}
              <div
                aria-hidden="true"
                className={cn(
                  'pointer-events-none absolute inset-0 flex items-center justify-center bg-white/70 transition-opacity dark:bg-zinc-900/70',
                  isLoading ? 'opacity-100' : 'opacity-0',
                )}
              >
                <LoaderCircle className="size-6 text-zinc-400 motion-safe:animate-spin" />
              </div>
            </div>
          </div>
          <p className="mt-3 text-center text-xs text-zinc-500 dark:text-zinc-400">
            {scale < 1 ? t('scaled', { width, percent: Math.round(scale * 100) }) : t('actualSize', { width })}
          </p>
        </div>
      </div>
    </section>
  );
}

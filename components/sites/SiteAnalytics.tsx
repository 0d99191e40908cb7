// The site page's visitor charts: page views per day over a date range, and the top pages,
// referrers, devices and countries. Drawn on the server in plain HTML (no chart library, no
// script): bars are boxes sized in percent, and the daily chart has a table for screen readers.
import { BarChart3 } from 'lucide-react';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { OTHER } from '@/lib/analytics/counter';
import type { Ranked, SiteAnalytics as Stats } from '@/lib/analytics/queries';
import { rangePresets } from '@/lib/analytics/range';

type Row = { key: string; label: string; views: number };

function BarList({ title, rows, note, number }: { title: string; rows: Row[]; note?: string; number: (n: number) => string }) {
  const max = Math.max(1, ...rows.map((row) => row.views));
  return (
    <div className="min-w-0">
      <h3 className="text-sm font-semibold text-zinc-950 dark:text-white">{title}</h3>
      <ul className="mt-2 space-y-1">
        {rows.map((row) => (
          <li key={row.key} className="relative flex items-center justify-between gap-3 overflow-hidden rounded-md px-2.5 py-1.5 text-sm">
            <span
              aria-hidden="true"
              className="absolute inset-y-0 left-0 rounded-md bg-brand-50 dark:bg-brand-950/60"
              style={{ width: `${(row.views / max) * 100}%` }}
            />
            <span className="relative min-w-0 truncate text-zinc-800 dark:text-zinc-200" title={row.label}>
              {row.label}
            </span>
            <span className="relative shrink-0 font-medium text-zinc-950 tabular-nums dark:text-white">{number(row.views)}</span>
          </li>
        ))}
      </ul>
      {note && <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">{note}</p>}
    </div>
  );
}

export async function SiteAnalytics({ stats, isPublished, isCounting = true }: { stats: Stats; isPublished: boolean; isCounting?: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations('sites.site.analytics'), getFormatter(), getLocale()]);
  const { range } = stats;
  const dayLabel = (day: string, long = false) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), long ? { dateStyle: 'medium', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const countryName = (code: string) => {
    if (code === '') return t('unknownCountry');
    if (code === OTHER) return t('other');
    try {
      return regions.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const named = (rows: Ranked[], label: (key: string) => string): Row[] => rows.map((row) => ({ key: row.key, label: label(row.key), views: row.views }));
  const plainKey = (key: string) => (key === OTHER ? t('other') : key);
  const max = Math.max(1, ...stats.days.map((d) => d.views));
  const middle = stats.days[Math.floor(stats.days.length / 2)];
  const linkClass = (isActive: boolean) =>
    isActive
      ? 'rounded-md bg-white px-2.5 py-1 text-sm font-medium text-zinc-950 shadow-sm ring-1 ring-zinc-200 dark:bg-zinc-800 dark:text-white dark:ring-zinc-700'
      : 'rounded-md px-2.5 py-1 text-sm font-medium text-zinc-600 hover:text-zinc-950 dark:text-zinc-400 dark:hover:text-white';
  const inputClass =
    'h-8 rounded-md border border-zinc-300 bg-white px-2 text-sm text-zinc-950 dark:border-zinc-700 dark:bg-zinc-950 dark:text-white dark:[color-scheme:dark]';

  return (
    <section aria-labelledby="analytics-title" className="rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-col gap-3 border-b border-zinc-200 px-5 py-4 xl:flex-row xl:items-start xl:justify-between dark:border-zinc-800">
        <div className="min-w-0">
          <h2 id="analytics-title" tabIndex={-1} className="text-base font-semibold text-zinc-950 dark:text-white">
            {t('title')}
          </h2>
          <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{t('description')}</p>
          {!isCounting && <p className="mt-1 text-sm text-amber-800 dark:text-amber-300">{t('countingOff')}</p>}
        </div>
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-center xl:justify-end">
          <nav aria-label={t('range')} className="inline-flex w-fit rounded-lg bg-zinc-100 p-0.5 dark:bg-zinc-950">
            {rangePresets.map((preset) => (
              <Link
                key={preset}
                href={`?range=${preset}#analytics-title`}
                scroll={false}
                aria-current={range.preset === preset ? 'true' : undefined}
                className={linkClass(range.preset === preset)}
              >
                {t(`presets.${preset}`)}
              </Link>
            ))}
          </nav>
          <form method="get" action="#analytics-title" className="flex flex-wrap items-end gap-2">
            <label className="flex flex-col text-xs text-zinc-600 dark:text-zinc-400">
              {t('from')}
              <input type="date" name="from" defaultValue={range.from} required className={inputClass} />
            </label>
            <label className="flex flex-col text-xs text-zinc-600 dark:text-zinc-400">
              {t('to')}
              <input type="date" name="to" defaultValue={range.to} required className={inputClass} />
            </label>
            <button
              type="submit"
              className="h-8 rounded-md border border-zinc-300 bg-white px-3 text-sm font-medium text-zinc-800 hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800"
            >
              {t('apply')}
            </button>
          </form>
        </div>
      </div>

      <div className="px-5 py-5">
        <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <span className="text-2xl font-semibold text-zinc-950 tabular-nums dark:text-white" data-testid="views-total">
            {t('total', { count: stats.total })}
          </span>
          <span className="text-sm text-zinc-500 dark:text-zinc-400">{t('between', { from: dayLabel(range.from, true), to: dayLabel(range.to, true) })}</span>
        </p>

        {stats.total === 0 ? (
          <div className="flex flex-col items-center px-5 py-10 text-center">
            <span className="flex size-11 items-center justify-center rounded-full bg-zinc-100 text-zinc-500 dark:bg-zinc-800 dark:text-zinc-400">
              <BarChart3 className="size-5" />
            </span>
            <p className="mt-3 text-sm font-medium text-zinc-950 dark:text-white">{t('emptyTitle')}</p>
            <p className="mt-1 max-w-md text-sm text-zinc-600 dark:text-zinc-400">{isPublished ? t('emptyBody') : t('notPublishedBody')}</p>
          </div>
        ) : (
          <>
            <figure className="mt-5">
              <figcaption className="text-sm font-semibold text-zinc-950 dark:text-white">{t('perDay')}</figcaption>
              <div
                aria-hidden="true"
                className="mt-3 flex h-40 items-end gap-px border-b border-zinc-200 sm:gap-0.5 dark:border-zinc-700"
                data-testid="views-per-day"
              >
                {stats.days.map((d) => (
                  <div
                    key={d.day}
                    title={t('dayViews', { day: dayLabel(d.day, true), count: d.views })}
                    className="flex h-full min-w-0 flex-1 items-end rounded-t-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
                  >
                    <div
                      className={d.views > 0 ? 'w-full rounded-t-sm bg-brand-600 dark:bg-brand-400' : 'w-full'}
                      style={{ height: d.views > 0 ? `${Math.max(2, (d.views / max) * 100)}%` : 0 }}
                    />
                  </div>
                ))}
              </div>
              <div aria-hidden="true" className="mt-1.5 flex justify-between text-xs text-zinc-500 dark:text-zinc-400">
                <span>{dayLabel(range.from)}</span>
                {stats.days.length > 2 && <span>{dayLabel(middle.day)}</span>}
                <span>{dayLabel(range.to)}</span>
              </div>
              <table className="sr-only">
                <caption>{t('perDayTable')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('day')}</th>
                    <th scope="col">{t('views')}</th>
                  </tr>
                </thead>
                <tbody>
                  {stats.days.map((d) => (
                    <tr key={d.day}>
                      <td>{dayLabel(d.day, true)}</td>
                      <td>{d.views}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </figure>

            <div className="mt-8 grid gap-8 md:grid-cols-2">
              <BarList number={format.number} title={t('pages')} rows={named(stats.pages, plainKey)} />
              <BarList number={format.number} title={t('referrers')} rows={named(stats.referrers, (key) => (key === '' ? t('direct') : plainKey(key)))} />
              <BarList
                number={format.number}
                title={t('devices')}
                rows={stats.devices.filter((d) => d.views > 0).map((d) => ({ key: d.key, label: t(`device.${d.key}`), views: d.views }))}
              />
              <BarList
                number={format.number}
                title={t('countries')}
                rows={named(stats.countries, countryName)}
                note={stats.countries.every((c) => c.key === '') ? t('countryNote') : undefined}
              />
              {stats.hostnames.length > 1 && <BarList number={format.number} title={t('hostnames')} rows={named(stats.hostnames, plainKey)} />}
            </div>
          </>
        )}
        <p className="mt-6 text-xs text-zinc-500 dark:text-zinc-400">{t('privacy')}</p>
      </div>
    </section>
  );
}

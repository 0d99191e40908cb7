// A testimonial-style strip of example descriptions (not customer quotes), in the three site languages.
import { Quote } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { SectionHeading } from '@/components/marketing/SectionHeading';

const examples = [
  { key: 'bakery', lang: 'pt-BR', language: 'portuguese', accent: 'from-orange-400 to-rose-500' },
  { key: 'yoga', lang: 'es', language: 'spanish', accent: 'from-amber-400 to-lime-500' },
  { key: 'bike', lang: 'en', language: 'english', accent: 'from-sky-400 to-indigo-500' },
  { key: 'vet', lang: 'pt-BR', language: 'portuguese', accent: 'from-emerald-400 to-cyan-500' },
] as const;

export async function Examples() {
  const t = await getTranslations('marketing.home.examples');
  return (
    <section aria-labelledby="examples-title" className="mx-auto max-w-6xl px-4 py-20 sm:px-6 sm:py-28">
      <SectionHeading id="examples-title" eyebrow={t('eyebrow')} title={t('title')} subtitle={t('subtitle')} />
      <ul aria-label={t('label')} className="mt-14 grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
        {examples.map(({ key, lang, language, accent }) => (
          <li key={key}>
            <figure className="flex h-full flex-col justify-between rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
              <div>
                <div className="flex items-center justify-between gap-3">
                  {/* Lucide draws closing marks; turned half a turn they open the quote. */}
                  <Quote className="size-7 shrink-0 rotate-180 text-brand-200 dark:text-brand-800" fill="currentColor" strokeWidth={0} />
                  <span className="rounded-full bg-zinc-100 px-2.5 py-0.5 text-xs font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
                    {t(language)}
                  </span>
                </div>
                <blockquote lang={lang} className="mt-3 text-base leading-7 font-medium text-zinc-900 dark:text-zinc-100">
                  <p>{t(`${key}Quote`)}</p>
                </blockquote>
              </div>
              <figcaption className="mt-6 flex items-center gap-3">
                <span aria-hidden="true" className={`size-9 shrink-0 rounded-full bg-linear-to-br ${accent}`} />
                <span className="flex flex-col">
                  <span className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{t(`${key}Business`)}</span>
                  <span className="text-sm text-zinc-600 dark:text-zinc-400">{t(`${key}Place`)}</span>
                </span>
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}

// A legal page (terms, privacy): title, date, intro and numbered sections, with a table of contents.
import { getFormatter, getTranslations } from 'next-intl/server';

// The date the current wording took effect; change it whenever the text changes.
const LAST_UPDATED = new Date('2026-12-04T00:00:00Z');

export async function LegalDocument({ doc, sections }: { doc: 'terms' | 'privacy'; sections: readonly string[] }) {
  const [t, tLegal, format] = await Promise.all([getTranslations(`marketing.legal.${doc}`), getTranslations('marketing.legal'), getFormatter()]);
  return (
    <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-24">
      <div className="grid gap-12 lg:grid-cols-[14rem_1fr]">
        <nav aria-labelledby="legal-contents" className="hidden lg:block">
          <div className="sticky top-24">
            <h2 id="legal-contents" className="text-sm font-semibold text-zinc-950 dark:text-white">
              {tLegal('contents')}
            </h2>
            <ul className="mt-3 space-y-2 border-l border-zinc-200 dark:border-zinc-800">
              {sections.map((key) => (
                <li key={key}>
                  <a
                    href={`#${key}`}
                    className="-ml-px block border-l border-transparent pl-4 text-sm text-zinc-600 hover:border-zinc-400 hover:text-zinc-950 dark:text-zinc-400 dark:hover:border-zinc-500 dark:hover:text-white"
                  >
                    {t(`${key}Title`)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
        <article className="max-w-2xl">
          <h1 className="text-4xl font-semibold tracking-tight text-zinc-950 dark:text-white">{t('title')}</h1>
          <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
            {tLegal('lastUpdated', { date: format.dateTime(LAST_UPDATED, { dateStyle: 'long' }) })}
          </p>
          <p className="mt-8 text-lg leading-8 text-zinc-700 dark:text-zinc-300">{t('intro')}</p>
          {sections.map((key) => (
            <section key={key} id={key} aria-labelledby={`${key}-title`} className="mt-10 scroll-mt-24">
              <h2 id={`${key}-title`} className="text-xl font-semibold tracking-tight text-zinc-950 dark:text-white">
                {t(`${key}Title`)}
              </h2>
              <p className="mt-3 text-base leading-7 text-zinc-700 dark:text-zinc-300">{t(`${key}Body`)}</p>
            </section>
          ))}
        </article>
      </div>
    </div>
  );
}

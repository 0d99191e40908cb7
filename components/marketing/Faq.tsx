// Frequently asked questions, as native disclosure widgets (work without JavaScript).
import { ChevronDown } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { SectionHeading } from '@/components/marketing/SectionHeading';

const questions = ['code', 'included', 'domain', 'languages', 'free', 'cancel', 'ownership'] as const;

export async function Faq() {
  const t = await getTranslations('marketing.home.faq');
  return (
    <section id="faq" aria-labelledby="faq-title" className="mx-auto max-w-6xl scroll-mt-20 px-4 py-20 sm:px-6 sm:py-28">
      <div className="grid gap-10 lg:grid-cols-[1fr_1.6fr] lg:gap-16">
        <div className="lg:sticky lg:top-24 lg:self-start">
          <SectionHeading id="faq-title" title={t('title')} subtitle={t('subtitle')} align="left" />
        </div>
        <div className="divide-y divide-zinc-200 border-y border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {questions.map((key) => (
            <details key={key} className="group py-1">
              <summary className="flex cursor-pointer list-none items-center justify-between gap-4 rounded-lg py-4 text-left text-base font-medium text-zinc-950 marker:hidden dark:text-white [&::-webkit-details-marker]:hidden">
                {t(`${key}Question`)}
                <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-zinc-600 transition-transform group-open:rotate-180 dark:bg-zinc-800 dark:text-zinc-300">
                  <ChevronDown className="size-5 shrink-0" strokeWidth={1.75} />
                </span>
              </summary>
              <p className="pr-10 pb-5 text-sm leading-6 text-zinc-600 dark:text-zinc-400">{t(`${key}Answer`)}</p>
            </details>
          ))}
        </div>
      </div>
    </section>
  );
}

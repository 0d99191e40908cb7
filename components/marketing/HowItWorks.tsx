// Three steps from a sentence to a live site.
import { PenLine, Rocket, Sparkles } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { SectionHeading } from '@/components/marketing/SectionHeading';

const steps = [
  { key: 'describe', Icon: Sparkles },
  { key: 'edit', Icon: PenLine },
  { key: 'publish', Icon: Rocket },
] as const;

export async function HowItWorks() {
  const t = await getTranslations('marketing.home.steps');
  return (
    <section aria-labelledby="how-title" className="mx-auto max-w-6xl px-4 py-20 sm:px-6 sm:py-28">
      <SectionHeading id="how-title" eyebrow={t('eyebrow')} title={t('title')} subtitle={t('subtitle')} />
      <ol className="relative mt-14 grid gap-5 md:grid-cols-3 md:gap-6">
        <span
          aria-hidden="true"
          className="absolute top-11 right-[16%] left-[16%] hidden h-px bg-linear-to-r from-transparent via-brand-300 to-transparent md:block dark:via-brand-700"
        />
        {steps.map(({ key, Icon }) => (
          <li
            key={key}
            className="relative rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm transition-shadow hover:shadow-md dark:border-zinc-800 dark:bg-zinc-900"
          >
            <div className="flex items-center gap-3">
              <span className="relative flex size-11 items-center justify-center rounded-xl bg-brand-600 text-white shadow-md shadow-brand-700/30">
                <Icon className="size-5 shrink-0" strokeWidth={1.75} />
              </span>
              <span className="text-sm font-medium text-brand-700 dark:text-brand-300">{t(`${key}Label`)}</span>
            </div>
            <h3 className="mt-5 text-lg font-semibold text-zinc-950 dark:text-white">{t(`${key}Title`)}</h3>
            <p className="mt-2 text-sm leading-6 text-zinc-600 dark:text-zinc-400">{t(`${key}Body`)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

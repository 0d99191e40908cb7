// What every site gets: the features grid.
import { CreditCard, Globe, Languages, Layers, SquareMousePointer, Zap } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { SectionHeading } from '@/components/marketing/SectionHeading';

const features = [
  { key: 'pages', Icon: Layers },
  { key: 'editor', Icon: SquareMousePointer },
  { key: 'domain', Icon: Globe },
  { key: 'fast', Icon: Zap },
  { key: 'languages', Icon: Languages },
  { key: 'billing', Icon: CreditCard },
] as const;

export async function Features() {
  const t = await getTranslations('marketing.home.features');
  return (
    <section aria-labelledby="features-title" className="border-y border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/40">
      <div className="mx-auto max-w-6xl px-4 py-20 sm:px-6 sm:py-28">
        <SectionHeading id="features-title" eyebrow={t('eyebrow')} title={t('title')} subtitle={t('subtitle')} />
        <ul className="mt-14 grid gap-px overflow-hidden rounded-2xl border border-zinc-200 bg-zinc-200 sm:grid-cols-2 lg:grid-cols-3 dark:border-zinc-800 dark:bg-zinc-800">
          {features.map(({ key, Icon }) => (
            <li key={key} className="bg-white p-6 sm:p-8 dark:bg-zinc-950">
              <span className="flex size-10 items-center justify-center rounded-lg bg-brand-50 text-brand-700 ring-1 ring-brand-100 dark:bg-brand-900/40 dark:text-brand-300 dark:ring-brand-900">
                <Icon className="size-5 shrink-0" strokeWidth={1.75} />
              </span>
              <h3 className="mt-5 text-base font-semibold text-zinc-950 dark:text-white">{t(`${key}Title`)}</h3>
              <p className="mt-2 text-sm leading-6 text-zinc-600 dark:text-zinc-400">{t(`${key}Body`)}</p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

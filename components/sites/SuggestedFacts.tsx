'use client';
// The publish dialogs' list of sections that still show suggested reviews, people, figures or
// client names (lib/sites/suggested-facts.ts), each with the owner's "this is true" box.
import { useTranslations } from 'next-intl';
import type { PendingFact } from '@/lib/sites/suggested-facts';

// How many listed sections the owner has not ticked yet: publishing waits for none.
export const unconfirmedCount = (facts: PendingFact[], confirmed: ReadonlySet<string>) => facts.filter((f) => !confirmed.has(f.sectionId)).length;

// The line saying how many are left, for the publish button's aria-describedby.
export const factsRemainingId = 'publish-facts-remaining';

// The sections that would state invented facts: each goes live only once the owner ticks it as true
// (or replaces its content in the editor, after which it is no longer listed).
export function SuggestedFacts({
  facts,
  confirmed,
  onConfirmedChange,
}: {
  facts: PendingFact[];
  confirmed: ReadonlySet<string>;
  onConfirmedChange: (confirmed: ReadonlySet<string>) => void;
}) {
  const t = useTranslations('editor');
  const toggle = (id: string, on: boolean) => {
    const next = new Set(confirmed);
    if (on) next.add(id);
    else next.delete(id);
    onConfirmedChange(next);
  };
  return (
    <section
      aria-labelledby="publish-facts-title"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950/40"
    >
      <h3 id="publish-facts-title" className="font-semibold text-amber-900 dark:text-amber-200">
        {t('publish.factsTitle')}
      </h3>
      <p className="mt-1 text-amber-900 dark:text-amber-200">{t('publish.factsIntro', { n: facts.length })}</p>
      <ul className="mt-2 grid gap-2">
        {facts.map((fact) => (
          <li key={fact.sectionId} className="rounded border border-amber-200 bg-white p-2 dark:border-amber-800 dark:bg-zinc-900">
            <p id={`fact-${fact.sectionId}`}>
              <span className="font-medium">{t(`facts.types.${fact.type}` as 'facts.types.testimonials')}</span>
              {fact.heading && <span>{` · ${fact.heading}`}</span>}
              <span className="text-zinc-600 dark:text-zinc-400">{` · ${fact.pageTitle} (${fact.pagePath})`}</span>
            </p>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">{t('publish.factsCount', { suggested: fact.suggested, total: fact.total })}</p>
            <label className="mt-1 flex items-center gap-2">
              <input
                type="checkbox"
                className="size-4 accent-brand-600"
                aria-describedby={`fact-${fact.sectionId}`}
                checked={confirmed.has(fact.sectionId)}
                onChange={(e) => toggle(fact.sectionId, e.currentTarget.checked)}
              />
              {t('publish.factsConfirm')}
            </label>
          </li>
        ))}
      </ul>
      {unconfirmedCount(facts, confirmed) > 0 && (
        <p id={factsRemainingId} className="mt-2 font-medium text-amber-900 dark:text-amber-200">
          {t('publish.factsRemaining', { n: unconfirmedCount(facts, confirmed) })}
        </p>
      )}
    </section>
  );
}

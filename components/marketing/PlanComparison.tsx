// Side-by-side table of what each plan includes.
import { Check, Minus } from 'lucide-react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { plans, type Plan } from '@/lib/billing/plans';

type Cell = { kind: 'text'; value: string } | { kind: 'bool'; value: boolean; label: string };

export async function PlanComparison() {
  const [t, tPlans, format] = await Promise.all([getTranslations('marketing.pricing'), getTranslations('marketing.plans'), getFormatter()]);
  const bool = (value: boolean): Cell => ({ kind: 'bool', value, label: value ? t('yes') : t('no') });
  const rows: Array<{ label: string; cell: (plan: Plan) => Cell }> = [
    { label: t('rowSites'), cell: (plan) => ({ kind: 'text', value: format.number(plan.limits.sites) }) },
    {
      label: t('rowDomains'),
      cell: (plan) => ({ kind: 'text', value: plan.limits.customDomains ? format.number(plan.limits.customDomains) : t('none') }),
    },
    { label: t('rowCredits'), cell: (plan) => ({ kind: 'text', value: format.number(plan.limits.monthlyCredits) }) },
    { label: t('rowSubdomain'), cell: () => bool(true) },
    { label: t('rowEditor'), cell: () => bool(true) },
    { label: t('rowLanguages'), cell: () => bool(true) },
    { label: t('rowBadge'), cell: (plan) => ({ kind: 'text', value: plan.hasBadge ? t('shown') : t('hidden') }) },
  ];

  return (
    <section className="mx-auto mt-24 max-w-5xl">
      <h2 id="compare-title" className="text-center text-2xl font-semibold tracking-tight text-zinc-950 sm:text-3xl dark:text-white">
        {t('compareTitle')}
      </h2>
      <div
        role="region"
        aria-labelledby="compare-title"
        tabIndex={0}
        className="mt-10 overflow-x-auto rounded-2xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      >
        <table className="w-full min-w-[21rem] text-left text-[13px] sm:text-sm">
          <caption className="sr-only">{t('compareCaption')}</caption>
          <thead>
            <tr className="border-b border-zinc-200 dark:border-zinc-800">
              <th scope="col" className="px-3 py-4 font-medium text-zinc-600 sm:px-6 dark:text-zinc-400">
                {t('feature')}
              </th>
              {plans.map((plan) => (
                <th key={plan.id} scope="col" className="px-1.5 py-4 text-center font-semibold text-zinc-950 sm:px-6 dark:text-white">
                  {tPlans(`${plan.id}Name`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" className="px-3 py-3.5 font-normal text-zinc-700 sm:px-6 dark:text-zinc-300">
                  {row.label}
                </th>
                {plans.map((plan) => {
                  const cell = row.cell(plan);
                  return (
                    <td key={plan.id} className="px-1.5 py-3.5 text-center text-zinc-950 tabular-nums sm:px-6 dark:text-zinc-100">
                      {cell.kind === 'text' ? (
                        cell.value
                      ) : (
                        <span className="inline-flex justify-center">
                          {cell.value ? (
                            <Check className="size-5 shrink-0 text-brand-600 dark:text-brand-400" strokeWidth={1.75} />
                          ) : (
                            <Minus className="size-5 shrink-0 text-zinc-400" strokeWidth={1.75} />
                          )}
                          <span className="sr-only">{cell.label}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

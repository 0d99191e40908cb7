// New site: the owner describes the business and watches the site being written.
import { ArrowLeft, LayoutTemplate } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { NewSiteForm } from '@/components/sites/NewSiteForm';
import { Button } from '@/components/ui/Button';
import { requireUser } from '@/lib/auth/require-user';
import { siteAllowance } from '@/lib/billing/limits';
import { moneyFormat } from '@/lib/billing/plans';
import { kindOptions } from '@/lib/generate/catalogue/load';
import { siteOriginParts } from '@/lib/publish/origin';
import { creditEstimate } from '@/lib/billing/credits';
import { sectionCatalogue } from '@/lib/sites/section-catalogue';
import { isTemplateId, templates } from '@/lib/sites/templates';
import { fontStacks, palettes } from '@/lib/sites/theme-options';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sites.new');
  return { title: t('metaTitle') };
}

type Props = { searchParams: Promise<{ template?: string | string[] }> };

export default async function NewSitePage({ searchParams }: Props) {
  const user = await requireUser();
  const [t, tTemplates, tBilling, format, lang, credits, sites, query] = await Promise.all([
    getTranslations('sites.new'),
    getTranslations('sites.templates'),
    getTranslations('billing.newSite'),
    getFormatter(),
    getLocale(),
    creditEstimate(user.id),
    siteAllowance(user.id),
    searchParams,
  ]);
  // What this generation will cost, when it is not the plain "1 credit, N left".
  const money = (cents: number, currency: string) => format.number(cents / 100, moneyFormat(currency, cents));
  const creditNote =
    credits.blockedBy === 'spendingCap'
      ? { text: tBilling('blockedCap'), isWarning: true }
      : credits.isOverage && credits.overage
        ? {
            text: tBilling('estimateOverage', {
              cost: credits.cost,
              price: money(credits.overage.creditCents, credits.overage.currency),
              cap: money(credits.overage.capCents, credits.overage.currency),
            }),
            isWarning: false,
          }
        : undefined;
  const initialTemplateId = isTemplateId(query.template) ? query.template : undefined;
  const templateOptions = Object.values(templates).map((template) => ({
    id: template.id,
    label: template.label[lang],
    description: template.description[lang],
  }));
  const paletteOptions = palettes.map(({ id, background, surface, text, primary, accent }) => ({ id, background, surface, text, primary, accent }));
  const headingFonts = Object.fromEntries(Object.entries(fontStacks).map(([id, font]) => [id, font.stack]));
  const sectionLabels = Object.fromEntries(Object.entries(sectionCatalogue).map(([type, info]) => [type, info.label[lang]]));

  return (
    <div className="space-y-8">
      <div>
        <Link
          href="/dashboard"
          className="inline-flex items-center gap-1.5 rounded text-sm font-medium text-zinc-600 hover:text-zinc-950 dark:text-zinc-400 dark:hover:text-white"
        >
          <ArrowLeft className="size-4" />
          {t('back')}
        </Link>
        <h1 className="mt-3 text-2xl font-semibold tracking-tight text-zinc-950 sm:text-3xl dark:text-white">{t('title')}</h1>
        <p className="mt-1.5 max-w-2xl text-sm leading-6 text-zinc-600 dark:text-zinc-400">{t('description')}</p>
        <Link
          href="/dashboard/sites/templates"
          className="mt-3 inline-flex items-center gap-1.5 rounded text-sm font-medium text-brand-700 hover:underline dark:text-brand-300"
        >
          <LayoutTemplate className="size-4" />
          {tTemplates('browse')}
        </Link>
      </div>
      {sites.isAtLimit ? (
        <section
          aria-labelledby="site-limit"
          className="flex flex-col gap-4 rounded-2xl border border-amber-200 bg-amber-50 p-6 sm:flex-row sm:items-center sm:justify-between dark:border-amber-900/70 dark:bg-amber-950/40"
        >
          <div>
            <h2 id="site-limit" className="text-base font-semibold text-amber-950 dark:text-amber-100">
              {tBilling('siteLimitTitle', { count: sites.allowed })}
            </h2>
            <p className="mt-1 text-sm text-amber-900 dark:text-amber-200">{tBilling('siteLimitBody')}</p>
          </div>
          <Button asChild>
            <Link href="/dashboard/billing">{tBilling('upgrade')}</Link>
          </Button>
        </section>
      ) : (
        <NewSiteForm
          templates={templateOptions}
          palettes={paletteOptions}
          sectionLabels={sectionLabels}
          headingFonts={headingFonts}
          credits={{ allowance: credits.allowance, used: credits.used, remaining: credits.remaining }}
          creditNote={creditNote}
          initialTemplateId={initialTemplateId}
          kinds={kindOptions(lang)}
          locale={lang}
          addressParts={siteOriginParts()}
        />
      )}
    </div>
  );
}

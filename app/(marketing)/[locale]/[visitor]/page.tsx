// The landing page: what Page Magic does, how, for whom, and what it costs.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Examples } from '@/components/marketing/Examples';
import { Faq } from '@/components/marketing/Faq';
import { Features } from '@/components/marketing/Features';
import { FinalCta } from '@/components/marketing/FinalCta';
import { Hero } from '@/components/marketing/Hero';
import { HowItWorks } from '@/components/marketing/HowItWorks';
import { PricingTeaser } from '@/components/marketing/PricingTeaser';
import { marketingLocale, type MarketingParams } from '@/components/shell/marketing-locale';

export async function generateMetadata({ params }: { params: MarketingParams }): Promise<Metadata> {
  await marketingLocale(params);
  const [t, tCommon] = await Promise.all([getTranslations('marketing.home'), getTranslations('common')]);
  return { title: { absolute: `${tCommon('appName')} · ${t('metaTitle')}` }, description: t('metaDescription') };
}

export default async function HomePage({ params }: { params: MarketingParams }) {
  await marketingLocale(params);
  return (
    <>
      <Hero />
      <HowItWorks />
      <Features />
      <Examples />
      <PricingTeaser />
      <Faq />
      <FinalCta />
    </>
  );
}

// Privacy policy.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LegalDocument } from '@/components/marketing/LegalDocument';
import { marketingLocale, type MarketingParams } from '@/components/shell/marketing-locale';

const sections = ['collect', 'use', 'processors', 'cookies', 'visitors', 'analytics', 'rights', 'retention'] as const;

export async function generateMetadata({ params }: { params: MarketingParams }): Promise<Metadata> {
  await marketingLocale(params);
  const t = await getTranslations('marketing.legal.privacy');
  return { title: t('metaTitle') };
}

export default async function PrivacyPage({ params }: { params: MarketingParams }) {
  await marketingLocale(params);
  return <LegalDocument doc="privacy" sections={sections} />;
}

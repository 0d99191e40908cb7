// Terms of service.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LegalDocument } from '@/components/marketing/LegalDocument';
import { marketingLocale, type MarketingParams } from '@/components/shell/marketing-locale';

const sections = ['service', 'account', 'content', 'ai', 'use', 'billing', 'end', 'liability', 'changes'] as const;

export async function generateMetadata({ params }: { params: MarketingParams }): Promise<Metadata> {
  await marketingLocale(params);
  const t = await getTranslations('marketing.legal.terms');
  return { title: t('metaTitle') };
}

export default async function TermsPage({ params }: { params: MarketingParams }) {
  await marketingLocale(params);
  return <LegalDocument doc="terms" sections={sections} />;
}

// Privacy policy.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LegalDocument } from '@/components/marketing/LegalDocument';

const sections = ['collect', 'use', 'processors', 'cookies', 'visitors', 'analytics', 'rights', 'retention'] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('marketing.legal.privacy');
  return { title: t('metaTitle') };
}

export default function PrivacyPage() {
  return <LegalDocument doc="privacy" sections={sections} />;
}

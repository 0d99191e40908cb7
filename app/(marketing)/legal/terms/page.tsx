// Terms of service.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LegalDocument } from '@/components/marketing/LegalDocument';

const sections = ['service', 'account', 'content', 'ai', 'use', 'billing', 'end', 'liability', 'changes'] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('marketing.legal.terms');
  return { title: t('metaTitle') };
}

export default function TermsPage() {
  return <LegalDocument doc="terms" sections={sections} />;
}

// The API reference, drawn from the OpenAPI document (components/marketing/ApiReference.tsx).
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ApiReference } from '@/components/marketing/ApiReference';
import { marketingLocale, type MarketingParams } from '@/components/shell/marketing-locale';

export async function generateMetadata({ params }: { params: MarketingParams }): Promise<Metadata> {
  await marketingLocale(params);
  const t = await getTranslations('marketing.apiDocs');
  return { title: t('metaTitle'), description: t('intro') };
}

export default async function ApiDocsPage({ params }: { params: MarketingParams }) {
  await marketingLocale(params);
  return <ApiReference />;
}

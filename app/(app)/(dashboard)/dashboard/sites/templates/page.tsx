// Templates: the gallery of starting layouts, each shown filled in for a sample business.
import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/dashboard/PageHeader';
import { TemplateGallery } from '@/components/sites/TemplateGallery';
import { requireUser } from '@/lib/auth/require-user';
import { templateCards } from '@/lib/generate/template-samples';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sites.templates');
  return { title: t('metaTitle') };
}

export default async function TemplatesPage() {
  await requireUser();
  const [t, language] = await Promise.all([getTranslations('sites.templates'), getLocale()]);
  const cards = templateCards(language).map(({ id, name, description, samplePrompt }) => ({ id, name, description, samplePrompt }));

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
        <div className="mt-3">
          <PageHeader title={t('title')} description={t('description')} />
        </div>
      </div>
      <TemplateGallery templates={cards} language={language} />
    </div>
  );
}

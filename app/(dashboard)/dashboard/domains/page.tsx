// Domains: custom domains connected to the owner's sites. None can exist before the first site.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/dashboard/EmptyState';
import { ProviderPanel } from '@/components/domains/ProviderPanel';
import { DomainsIllustration } from '@/components/dashboard/illustrations';
import { PageHeader } from '@/components/dashboard/PageHeader';
import { Alert } from '@/components/ui/Alert';
import { Card } from '@/components/ui/Card';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard.domains');
  return { title: t('metaTitle') };
}

export default async function DomainsPage() {
  const [t, tBilling] = await Promise.all([getTranslations('dashboard.domains'), getTranslations('billing.page')]);
  const steps = [t('howAdd'), t('howDns'), t('howVerify')];
  return (
    <div className="space-y-8">
      <PageHeader title={t('title')} description={t('description')} />
      <EmptyState illustration={<DomainsIllustration />} title={t('emptyTitle')}>
        <p className="mt-3 text-sm leading-6 text-pretty text-zinc-600 dark:text-zinc-400">{t('emptyBody')}</p>
        <p className="mt-4 text-sm font-medium text-zinc-800 dark:text-zinc-200">{t('needsSite')}</p>
      </EmptyState>
      <Card title={t('howTitle')}>
        <ol className="grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step} className="flex gap-3 text-sm leading-6 text-zinc-700 dark:text-zinc-300">
              <span className="flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white">{index + 1}</span>
              {step}
            </li>
          ))}
        </ol>
      </Card>
      <ProviderPanel />
      <Alert tone="info" className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <span>{t('planNote')}</span>
        <Link href="/pricing" className="shrink-0 font-semibold underline underline-offset-4">
          {tBilling('comparePlans')}
        </Link>
      </Alert>
    </div>
  );
}

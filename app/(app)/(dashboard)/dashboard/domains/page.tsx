// Domains: connect a domain the owner has to one of their sites. Add it, see the DNS records to
// create, watch the check turn it active; settings, removal and the certificate page per domain.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/dashboard/EmptyState';
import { DomainsIllustration } from '@/components/dashboard/illustrations';
import { DomainManager } from '@/components/domains/DomainManager';
import { ProviderPanel } from '@/components/domains/ProviderPanel';
import { PageHeader } from '@/components/dashboard/PageHeader';
import { Alert } from '@/components/ui/Alert';
import { Card } from '@/components/ui/Card';
import { requireUser } from '@/lib/auth/require-user';
import { domainAllowance, listDomains } from '@/lib/domains/queries';
import { listSites } from '@/lib/sites/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard.domains');
  return { title: t('metaTitle') };
}

export default async function DomainsPage() {
  const user = await requireUser();
  const [t, tBilling, tPlans, sites, domains, allowance] = await Promise.all([
    getTranslations('dashboard.domains'),
    getTranslations('billing.page'),
    getTranslations('billing.plans'),
    listSites(user),
    listDomains(user),
    domainAllowance(user),
  ]);
  const steps = [t('howAdd'), t('howDns'), t('howVerify')];
  const planId = allowance.plan === 'pro' || allowance.plan === 'business' ? allowance.plan : 'free';
  return (
    <div className="space-y-8">
      <PageHeader title={t('title')} description={t('description')} />
      <DomainManager
        sites={sites.map((site) => ({ id: site.id, name: site.name }))}
        initialDomains={domains}
        initialAllowance={allowance}
        planName={tPlans(planId)}
        empty={
          <EmptyState illustration={<DomainsIllustration />} title={t('emptyTitle')}>
            <p className="mt-3 text-sm leading-6 text-pretty text-zinc-600 dark:text-zinc-400">{t('emptyBody')}</p>
            {sites.length === 0 && <p className="mt-4 text-sm font-medium text-zinc-800 dark:text-zinc-200">{t('needsSite')}</p>}
          </EmptyState>
        }
      />
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
      <ProviderPanel domains={domains.filter((d) => d.status !== 'active').map((d) => ({ id: d.id, hostname: d.displayHostname }))} />
      <Alert tone="info" className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <span>{t('planNote')}</span>
        <Link href="/pricing" className="shrink-0 font-semibold underline underline-offset-4">
          {tBilling('comparePlans')}
        </Link>
      </Alert>
    </div>
  );
}

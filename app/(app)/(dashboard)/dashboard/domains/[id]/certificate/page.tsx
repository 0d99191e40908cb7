// One custom domain's HTTPS certificate (built-in ACME): status, health, renew and export. The
// Domains page links here; the panel is self-contained so the Domains page can also embed it.
import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/dashboard/PageHeader';
import { CertificatePanel } from '@/components/domains/CertificatePanel';
import { requireUser, type CurrentUser } from '@/lib/auth/require-user';
import { findCertificateSummary, getCertificateDomain } from '@/lib/domains/certificates';
import { features } from '@/lib/env';
import { isAppError } from '@/lib/errors';

type Props = { params: Promise<{ id: string }> };

async function loadDomain(user: CurrentUser, id: string) {
  try {
    return await getCertificateDomain(user, id);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const [domain, t] = await Promise.all([loadDomain(user, (await params).id), getTranslations('certificates')]);
  return { title: `${t('title')}: ${domain.hostname}` };
}

export default async function DomainCertificatePage({ params }: Props) {
  const user = await requireUser();
  const domain = await loadDomain(user, (await params).id);
  const [t, summary] = await Promise.all([getTranslations('certificates'), findCertificateSummary(user, domain.id)]);
  return (
    <div className="space-y-6">
      <Link href="/dashboard/domains" className="inline-flex items-center gap-1 text-sm text-zinc-600 hover:underline dark:text-zinc-400">
        <ArrowLeft className="size-4" />
        {t('back')}
      </Link>
      <PageHeader title={domain.hostname} description={t('pageDescription')} />
      <CertificatePanel domainId={domain.id} initial={summary} isAcmeOn={features.acme} />
    </div>
  );
}

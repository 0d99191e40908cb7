// Sites: the owner's websites, with the way to make a new one.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SitesOverview } from '@/components/sites/SitesOverview';
import { requireUser } from '@/lib/auth/require-user';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard.sites');
  return { title: t('metaTitle') };
}

export default async function SitesPage() {
  const user = await requireUser();
  return <SitesOverview user={user} />;
}

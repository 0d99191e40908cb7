// The tabs under a site's header: its overview and its builds (each its own address).
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cn } from '@/components/ui/cn';

export async function SiteTabs({ siteId, active }: { siteId: string; active: 'overview' | 'builds' }) {
  const t = await getTranslations('sites.tabs');
  const tabs = [
    { key: 'overview' as const, href: `/dashboard/sites/${siteId}`, label: t('overview') },
    { key: 'builds' as const, href: `/dashboard/sites/${siteId}/builds`, label: t('builds') },
  ];
  return (
    <nav aria-label={t('label')} className="border-b border-zinc-200 dark:border-zinc-800">
      <ul className="-mb-px flex gap-6">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === active ? 'page' : undefined}
              className={cn(
                'inline-flex border-b-2 px-0.5 pb-3 text-sm font-medium',
                tab.key === active
                  ? 'border-brand-600 text-zinc-950 dark:border-brand-400 dark:text-white'
                  : 'border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-950 dark:text-zinc-400 dark:hover:text-white',
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

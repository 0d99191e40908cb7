// The dashboard's sections, in sidebar order. Labels live in messages/<locale>/dashboard.json under nav.
import { CardIcon, ChartIcon, GearIcon, GlobeIcon, GridIcon, SparklesIcon } from '@/components/marketing/icons';

export const navItems = [
  { key: 'sites', href: '/dashboard', Icon: GridIcon },
  { key: 'generations', href: '/dashboard/generations', Icon: SparklesIcon },
  { key: 'domains', href: '/dashboard/domains', Icon: GlobeIcon },
  { key: 'billing', href: '/dashboard/billing', Icon: CardIcon },
  { key: 'usage', href: '/dashboard/usage', Icon: ChartIcon },
  { key: 'settings', href: '/dashboard/settings', Icon: GearIcon },
] as const;

// Sites is the dashboard's home; its own pages (a site's editor, say) live under /dashboard/sites.
export function isCurrentSection(href: string, pathname: string): boolean {
  if (href === '/dashboard') return pathname === '/dashboard' || pathname.startsWith('/dashboard/sites');
  return pathname === href || pathname.startsWith(`${href}/`);
}

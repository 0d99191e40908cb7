// The dashboard's sections, in sidebar order. Labels live in messages/<locale>/dashboard.json under nav.
import { ChartColumn, CreditCard, Globe, Layers, LayoutGrid, Settings, Sparkles } from 'lucide-react';

export const navItems = [
  { key: 'sites', href: '/dashboard', Icon: LayoutGrid },
  { key: 'generations', href: '/dashboard/generations', Icon: Sparkles },
  { key: 'batches', href: '/dashboard/batches', Icon: Layers },
  { key: 'domains', href: '/dashboard/domains', Icon: Globe },
  { key: 'billing', href: '/dashboard/billing', Icon: CreditCard },
  { key: 'usage', href: '/dashboard/usage', Icon: ChartColumn },
  { key: 'settings', href: '/dashboard/settings', Icon: Settings },
] as const;

// Sites is the dashboard's home; its own pages (a site's editor, say) live under /dashboard/sites.
export function isCurrentSection(href: string, pathname: string): boolean {
  if (href === '/dashboard') return pathname === '/dashboard' || pathname.startsWith('/dashboard/sites');
  return pathname === href || pathname.startsWith(`${href}/`);
}

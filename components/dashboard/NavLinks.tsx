'use client';
// The dashboard's section links; the current one is marked for screen readers and sighted users alike.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { isCurrentSection, navItems } from '@/components/dashboard/nav-items';
import { cn } from '@/components/ui/cn';

export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const t = useTranslations('dashboard.nav');
  const pathname = usePathname();
  return (
    <ul className="flex flex-col gap-1">
      {navItems.map(({ key, href, Icon }) => {
        const isCurrent = isCurrentSection(href, pathname);
        return (
          <li key={key}>
            <Link
              href={href}
              onClick={onNavigate}
              aria-current={isCurrent ? 'page' : undefined}
              className={cn(
                'group flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-colors',
                isCurrent
                  ? 'bg-brand-50 text-brand-800 dark:bg-brand-900/50 dark:text-brand-100'
                  : 'text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white',
              )}
            >
              <Icon
                className={cn(
                  'size-[18px] shrink-0',
                  isCurrent
                    ? 'text-brand-600 dark:text-brand-300'
                    : 'text-zinc-500 group-hover:text-zinc-700 dark:text-zinc-400 dark:group-hover:text-zinc-200',
                )}
                strokeWidth={1.75}
              />
              {t(key)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

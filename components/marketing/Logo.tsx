// The Page Magic wordmark, linking home (or to the dashboard inside the app), and its mark.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';

// The product's mark (lines of text and a spark), not an icon: decorative beside the name.
export function LogoMark({ className }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        'inline-flex size-8 shrink-0 items-center justify-center rounded-[9px] bg-linear-to-br from-brand-500 to-brand-700 shadow-sm shadow-brand-700/30',
        className,
      )}
    >
      <svg viewBox="0 0 32 32" focusable="false" className="size-full">
        <rect x="8" y="9" width="16" height="3" rx="1.5" fill="white" opacity="0.95" />
        <rect x="8" y="15" width="10" height="3" rx="1.5" fill="white" opacity="0.75" />
        <rect x="8" y="21" width="13" height="3" rx="1.5" fill="white" opacity="0.55" />
        <path d="M24.5 16.5l.9 2.1 2.1.9-2.1.9-.9 2.1-.9-2.1-2.1-.9 2.1-.9z" fill="white" />
      </svg>
    </span>
  );
}

export function Logo({ href = '/', className }: { href?: string; className?: string }) {
  const t = useTranslations('common');
  return (
    <Link href={href} className={cn('inline-flex items-center gap-2.5 rounded-lg text-[15px] font-semibold tracking-tight', className)}>
      <LogoMark />
      <span>{t('appName')}</span>
    </Link>
  );
}

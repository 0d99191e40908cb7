// The Page Magic wordmark, linking home (or to the dashboard inside the app).
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { LogoMark } from '@/components/marketing/icons';
import { cn } from '@/components/ui/cn';

export function Logo({ href = '/', className }: { href?: string; className?: string }) {
  const t = useTranslations('common');
  return (
    <Link
      href={href}
      className={cn('inline-flex items-center gap-2.5 rounded-lg text-[15px] font-semibold tracking-tight', className)}
    >
      <LogoMark />
      <span>{t('appName')}</span>
    </Link>
  );
}

// A build's status as a coloured badge with its word (the colour is never the only sign).
import { getTranslations } from 'next-intl/server';
import type { BuildStatus as Status } from '@/lib/builds/records';
import { cn } from '@/components/ui/cn';

const tones: Record<Status, string> = {
  queued: 'bg-zinc-100 text-zinc-700 ring-zinc-200 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-700',
  running: 'bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950/60 dark:text-sky-200 dark:ring-sky-900',
  succeeded: 'bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950/60 dark:text-emerald-200 dark:ring-emerald-900',
  failed: 'bg-red-50 text-red-800 ring-red-200 dark:bg-red-950/60 dark:text-red-200 dark:ring-red-900',
  cancelled: 'bg-amber-50 text-amber-800 ring-amber-200 dark:bg-amber-950/60 dark:text-amber-200 dark:ring-amber-900',
};

const dots: Record<Status, string> = {
  queued: 'bg-zinc-400',
  running: 'bg-sky-500',
  succeeded: 'bg-emerald-500',
  failed: 'bg-red-500',
  cancelled: 'bg-amber-500',
};

export async function BuildStatus({ status }: { status: Status }) {
  const t = await getTranslations('sites.builds.status');
  return (
    <span className={cn('inline-flex shrink-0 items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset', tones[status])}>
      <span aria-hidden="true" className={cn('size-1.5 rounded-full', dots[status])} />
      {t(status)}
    </span>
  );
}

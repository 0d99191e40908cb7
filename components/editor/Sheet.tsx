'use client';
// A side panel as a sheet on narrow screens (Radix dialog: focus trapped, Escape closes). The
// editor loads it the first time a sheet opens.
import { useTranslations } from 'next-intl';
import { Dialog as RadixDialog } from 'radix-ui';
import { cn } from '@/components/ui/cn';

export type SheetProps = { side: 'left' | 'right'; open: boolean; onOpenChange: (open: boolean) => void; title: string; children: React.ReactNode };

export function Sheet({ side, open, onOpenChange, title, children }: SheetProps) {
  const t = useTranslations('editor');
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <RadixDialog.Content
          className={cn('fixed inset-y-0 z-50 flex w-[min(22rem,92vw)] flex-col bg-white shadow-xl dark:bg-zinc-900', side === 'left' ? 'left-0' : 'right-0')}
          aria-describedby={undefined}
        >
          <div className="flex h-12 shrink-0 items-center justify-between border-b border-zinc-200 px-3 dark:border-zinc-800">
            <RadixDialog.Title className="text-sm font-semibold">{title}</RadixDialog.Title>
            <RadixDialog.Close className="pm-small-button">{t('close')}</RadixDialog.Close>
          </div>
          <div className="min-h-0 flex-1">{children}</div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

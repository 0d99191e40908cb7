'use client';
// The toasts on screen (Radix Toast: announced, dismissed by swipe or timeout, F8 moves focus to
// them). Toaster.tsx loads this with the app's first toast.
import { useTranslations } from 'next-intl';
import { Toast } from 'radix-ui';
import { cn } from '@/components/ui/cn';
import { TOAST_HOTKEY as HOTKEY, VIEWPORT_CLASS, type ToastItem } from './toast-region';

export function ToastList({ toasts, onClose }: { toasts: ToastItem[]; onClose: (id: number) => void }) {
  const t = useTranslations('common.toast');
  return (
    <Toast.Provider swipeDirection="right" duration={5000} label={t('label')}>
      {toasts.map((toast) => (
        <Toast.Root
          key={toast.id}
          type={toast.tone === 'error' ? 'foreground' : 'background'}
          onOpenChange={(open) => {
            if (!open) onClose(toast.id);
          }}
          className={cn(
            'rounded-lg border px-4 py-3 shadow-lg',
            toast.tone === 'error'
              ? 'border-red-200 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100'
              : 'border-zinc-200 bg-white text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100',
          )}
        >
          <Toast.Title className="text-sm font-semibold">{toast.title}</Toast.Title>
          {toast.description && <Toast.Description className="mt-1 text-sm">{toast.description}</Toast.Description>}
        </Toast.Root>
      ))}
      <Toast.Viewport hotkey={HOTKEY} label={t('region', { hotkey: HOTKEY.join('+') })} className={VIEWPORT_CLASS} />
    </Toast.Provider>
  );
}

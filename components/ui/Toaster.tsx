'use client';
// Toast notifications (Radix Toast). useToast() shows one from anywhere below the provider.
import { useTranslations } from 'next-intl';
import { Toast } from 'radix-ui';
import { createContext, useCallback, useContext, useState } from 'react';
import { cn } from '@/components/ui/cn';

type ToastItem = { id: number; title: string; description?: string; tone: 'success' | 'error' | 'info' };
type Show = (toast: Omit<ToastItem, 'id' | 'tone'> & { tone?: ToastItem['tone'] }) => void;

const ToastContext = createContext<Show>(() => {});

export function useToast(): Show {
  return useContext(ToastContext);
}

let nextId = 1;
// Radix names the toast region ("Notifications (F8)") and each announcement in English unless
// told otherwise; the hotkey is named here once so the translated label can spell it.
const HOTKEY = ['F8'];

export function Toaster({ children }: { children: React.ReactNode }) {
  const t = useTranslations('common.toast');
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const show = useCallback<Show>((toast) => {
    setToasts((list) => [...list.slice(-3), { id: nextId++, tone: 'info', ...toast }]);
  }, []);
  return (
    <ToastContext.Provider value={show}>
      <Toast.Provider swipeDirection="right" duration={5000} label={t('label')}>
        {children}
        {toasts.map((toast) => (
          <Toast.Root
            key={toast.id}
            type={toast.tone === 'error' ? 'foreground' : 'background'}
            onOpenChange={(open) => {
              if (!open) setToasts((list) => list.filter((item) => item.id !== toast.id));
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
        <Toast.Viewport hotkey={HOTKEY} label={t('region', { hotkey: HOTKEY.join('+') })} className="fixed right-0 bottom-0 z-[60] flex w-full max-w-sm flex-col gap-2 p-4 outline-none" />
      </Toast.Provider>
    </ToastContext.Provider>
  );
}

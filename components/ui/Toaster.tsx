'use client';
// Toast notifications. useToast() shows one from anywhere below the provider. The toasts
// themselves (Radix Toast, ToastList.tsx) load with the first one shown: most pages never show
// one, and every page would otherwise carry Radix's toast code. Until then the page has the same
// empty notifications region Radix renders, named alike, and F8 moves focus to it, as Radix does.
import { useTranslations } from 'next-intl';
import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { TOAST_HOTKEY, VIEWPORT_CLASS, type ToastItem } from './toast-region';

type Show = (toast: Omit<ToastItem, 'id' | 'tone'> & { tone?: ToastItem['tone'] }) => void;

const ToastContext = createContext<Show>(() => {});

export function useToast(): Show {
  return useContext(ToastContext);
}

let nextId = 1;

const ToastList = lazy(() => import('./ToastList').then((m) => ({ default: m.ToastList })));

export function Toaster({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[] | null>(null);
  const show = useCallback<Show>((toast) => {
    setToasts((list) => [...(list ?? []).slice(-3), { id: nextId++, tone: 'info', ...toast }]);
  }, []);
  const close = useCallback((id: number) => setToasts((list) => (list ?? []).filter((item) => item.id !== id)), []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      {/* Once loaded, the list stays: it keeps the region and its F8 shortcut for later toasts. */}
      {toasts ? (
        <Suspense fallback={<EmptyRegion />}>
          <ToastList toasts={toasts} onClose={close} />
        </Suspense>
      ) : (
        <EmptyRegion />
      )}
    </ToastContext.Provider>
  );
}

// The markup of Radix's viewport with no toasts in it.
function EmptyRegion() {
  const t = useTranslations('common.toast');
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (TOAST_HOTKEY.every((key) => event.code === key)) list.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <div role="region" aria-label={t('region', { hotkey: TOAST_HOTKEY.join('+') })} tabIndex={-1} style={{ pointerEvents: 'none' }}>
      <ol ref={list} tabIndex={-1} className={VIEWPORT_CLASS} />
    </div>
  );
}

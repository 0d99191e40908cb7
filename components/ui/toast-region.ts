// The toast region as both Toaster.tsx (the empty region before the first toast) and
// ToastList.tsx (Radix's, after it) draw it. Radix names the region ("Notifications (F8)") and
// each announcement in English unless told otherwise; the hotkey is named here once so the
// translated label can spell it.
export type ToastItem = { id: number; title: string; description?: string; tone: 'success' | 'error' | 'info' };

export const TOAST_HOTKEY = ['F8'];
export const VIEWPORT_CLASS = 'fixed right-0 bottom-0 z-[60] flex w-full max-w-sm flex-col gap-2 p-4 outline-none';

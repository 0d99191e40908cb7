'use client';
// Language picker: saves the choice (cookie, and the account when signed in), then re-renders.
// The marketing pages served without React (lib/marketing/pages.ts) do the same with a small script
// of their own, which finds the picker by data-locale-switcher and says data-failed when it fails.
import { ChevronDown, Languages } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useTransition } from 'react';
import { cn } from '@/components/ui/cn';
import { useToast } from '@/components/ui/Toaster';
import { fetchJson } from '@/lib/fetch-json';
import { uiLocales } from '@/lib/i18n/languages';

export function LocaleSwitcher({ className, hideLabel = false }: { className?: string; hideLabel?: boolean }) {
  const t = useTranslations('common.locale');
  const locale = useLocale();
  const router = useRouter();
  const toast = useToast();
  const [isPending, startTransition] = useTransition();
  const id = useId();

  function change(next: string) {
    startTransition(async () => {
      try {
        await fetchJson('/api/locale', { method: 'POST', json: { locale: next } });
      } catch {
        toast({ title: t('failed'), tone: 'error' });
        return;
      }
      router.refresh();
    });
  }

  return (
    <div className={cn('flex items-center gap-2', className)}>
      <label htmlFor={id} className={cn('text-sm text-zinc-600 dark:text-zinc-400', hideLabel && 'sr-only')}>
        {t('label')}
      </label>
      <div className="relative">
        <Languages
          className="pointer-events-none absolute top-1/2 left-2.5 size-5 shrink-0 -translate-y-1/2 text-zinc-500 dark:text-zinc-400"
          strokeWidth={1.75}
        />
        <select
          id={id}
          data-locale-switcher=""
          data-failed={t('failed')}
          value={locale}
          disabled={isPending}
          aria-busy={isPending || undefined}
          onChange={(event) => change(event.target.value)}
          className="h-9 appearance-none rounded-lg border border-zinc-300 bg-white py-0 pr-8 pl-8 text-sm text-zinc-900 shadow-xs transition-colors hover:border-zinc-400 disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:border-zinc-600"
        >
          {uiLocales.map((option) => (
            <option key={option} value={option} lang={option}>
              {t(option)}
            </option>
          ))}
        </select>
        <ChevronDown
          className="pointer-events-none absolute top-1/2 right-2.5 size-5 shrink-0 -translate-y-1/2 text-zinc-500 dark:text-zinc-400"
          strokeWidth={1.75}
        />
      </div>
    </div>
  );
}

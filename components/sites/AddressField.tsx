'use client';
// A site's address as the owner types it: the label between the scheme and the sites' domain, the
// live answer (available, taken with a free one like it, or why it cannot be used) and the full URL.
import { Check, CircleAlert, LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { cn } from '@/components/ui/cn';
import type { AddressState } from './use-address-check';

export type OriginParts = { scheme: string; suffix: string };

// What the owner types becomes a label: lower case, spaces as hyphens.
export function toLabel(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '-');
}

export function AddressField({
  id,
  value,
  onChange,
  state,
  parts,
  disabled,
  action,
  inputRef,
}: {
  id?: string;
  value: string;
  onChange: (value: string) => void;
  state: AddressState;
  parts: OriginParts;
  disabled?: boolean;
  // Next to the label: "use what we read" on the New site screen.
  action?: React.ReactNode;
  inputRef?: React.Ref<HTMLInputElement>;
}) {
  const t = useTranslations('sites.address');
  const generated = useId();
  const inputId = id ?? generated;
  const statusId = `${inputId}-status`;
  const previewId = `${inputId}-preview`;
  const isBad = state.status === 'taken' || state.status === 'invalid';
  const tone = isBad ? 'bad' : state.status === 'free' || state.status === 'current' ? 'good' : 'neutral';

  let message = '';
  if (state.status === 'checking') message = t('checking');
  else if (state.status === 'free') message = t('free');
  else if (state.status === 'current') message = t('current');
  else if (state.status === 'taken') message = t('taken');
  else if (state.status === 'invalid') message = t(`invalid.${state.reason}`);
  else if (state.status === 'error') message = t('error');
  else message = t('empty');

  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={inputId} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
          {t('label')}
        </label>
        {action}
      </div>
      <div
        className={cn(
          'flex h-10 min-w-0 items-center rounded-lg border bg-white text-base shadow-xs focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-500 sm:text-sm dark:bg-zinc-900',
          isBad ? 'border-red-500 dark:border-red-600' : 'border-zinc-300 hover:border-zinc-400 dark:border-zinc-700 dark:hover:border-zinc-600',
          disabled && 'opacity-70',
        )}
      >
        <span aria-hidden="true" className="hidden shrink-0 pl-3 text-zinc-500 sm:inline dark:text-zinc-400">
          {parts.scheme}
        </span>
        <input
          ref={inputRef}
          id={inputId}
          name="address"
          value={value}
          maxLength={40}
          disabled={disabled}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={isBad ? true : undefined}
          aria-describedby={`${statusId} ${previewId}`}
          onChange={(event) => onChange(toLabel(event.target.value))}
          // The field around it shows focus.
          style={{ outline: 'none' }}
          className="h-full min-w-0 flex-1 bg-transparent pl-3 text-zinc-900 sm:pl-0.5 dark:text-zinc-100"
        />
        <span aria-hidden="true" className="max-w-[45%] shrink-0 truncate pr-3 text-zinc-500 dark:text-zinc-400">
          {parts.suffix}
        </span>
      </div>
      <p
        id={statusId}
        aria-live="polite"
        className={cn(
          'flex items-start gap-1.5 text-xs',
          tone === 'bad' ? 'text-red-700 dark:text-red-400' : tone === 'good' ? 'text-emerald-700 dark:text-emerald-400' : 'text-zinc-600 dark:text-zinc-400',
        )}
      >
        {state.status === 'checking' ? (
          <LoaderCircle aria-hidden="true" className="mt-px size-3.5 shrink-0 motion-safe:animate-spin" />
        ) : tone === 'good' ? (
          <Check aria-hidden="true" className="mt-px size-3.5 shrink-0" />
        ) : tone === 'bad' ? (
          <CircleAlert aria-hidden="true" className="mt-px size-3.5 shrink-0" />
        ) : null}
        <span>{message}</span>
      </p>
      {state.status === 'taken' && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          <button
            type="button"
            disabled={disabled}
            onClick={() => onChange(state.suggestion)}
            className="rounded font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
          >
            {t('useSuggestion', { slug: state.suggestion })}
          </button>
        </p>
      )}
      <p id={previewId} className="text-xs break-all text-zinc-600 dark:text-zinc-400">
        {t.rich('preview', {
          url: `${parts.scheme}${value || t('placeholder')}${parts.suffix}`,
          strong: (chunks) => <span className="font-medium text-zinc-900 dark:text-zinc-100">{chunks}</span>,
        })}
      </p>
    </div>
  );
}

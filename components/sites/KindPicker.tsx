'use client';
// The kind of business, picked from the catalogue: a button that opens a searchable list
// (cmdk in a Radix popover: arrow keys, Enter, Escape, type to filter by name or by the words
// owners use for it), plus "none of these" for a business the catalogue does not have.
import { Command } from 'cmdk';
import { Check, ChevronsUpDown } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Popover } from 'radix-ui';
import { useState } from 'react';
import { cn } from '@/components/ui/cn';

export type KindOption = { id: string; label: string; terms: string[] };
// undefined: nothing read yet; null: "none of these".
export type KindValue = { id: string; label: string } | null | undefined;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function KindPicker({
  id,
  kinds,
  value,
  onChange,
  disabled,
  describedBy,
}: {
  id: string;
  kinds: KindOption[];
  value: KindValue;
  onChange: (value: { id: string; label: string } | null) => void;
  disabled?: boolean;
  describedBy?: string;
}) {
  const t = useTranslations('sites.new.facts');
  const [open, setOpen] = useState(false);
  const choose = (next: { id: string; label: string } | null) => {
    onChange(next);
    setOpen(false);
  };
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild disabled={disabled}>
        <button
          id={id}
          type="button"
          aria-describedby={describedBy}
          className="flex h-10 w-full items-center justify-between gap-2 rounded-lg border border-zinc-300 bg-white px-3 text-left text-base text-zinc-900 sm:text-sm shadow-xs transition-colors hover:border-zinc-400 disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:border-zinc-600"
        >
          <span className={cn('truncate', !value && 'text-zinc-500 dark:text-zinc-400')}>
            {value ? value.label : value === null ? t('kindNone') : t('kindUnknown')}
          </span>
          <ChevronsUpDown aria-hidden="true" className="size-4 shrink-0 text-zinc-500" />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          collisionPadding={12}
          className="z-50 w-[min(22rem,calc(100vw-1.5rem))] overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-xl dark:border-zinc-700 dark:bg-zinc-900"
        >
          <Command
            label={t('kindSearchLabel')}
            filter={(itemValue, search, keywords) => {
              // Every word typed begins a word of the kind's name or of the words owners use for it.
              const typed = fold(search).split(/\s+/).filter(Boolean);
              const words = fold([itemValue, ...(keywords ?? [])].join(' ')).split(/[^\p{L}\p{N}]+/u);
              return typed.every((t) => words.some((w) => w.startsWith(t))) ? 1 : 0;
            }}
          >
            <Command.Input
              autoFocus
              placeholder={t('kindSearch')}
              className="h-11 w-full border-b border-zinc-100 bg-transparent px-3 text-base text-zinc-900 outline-none placeholder:text-zinc-400 sm:text-sm dark:border-zinc-800 dark:text-zinc-100"
            />
            <Command.List className="max-h-72 overflow-y-auto overscroll-contain p-1.5">
              <Command.Empty className="px-3 py-6 text-center text-sm text-zinc-500 dark:text-zinc-400">{t('kindEmpty')}</Command.Empty>
              {kinds.map((kind) => (
                <Command.Item
                  key={kind.id}
                  value={kind.label}
                  keywords={kind.terms}
                  onSelect={() => choose({ id: kind.id, label: kind.label })}
                  className="flex cursor-pointer items-center gap-2 rounded-lg px-2.5 py-2 text-sm text-zinc-800 data-[selected=true]:bg-brand-50 data-[selected=true]:text-brand-900 dark:text-zinc-200 dark:data-[selected=true]:bg-brand-950/60 dark:data-[selected=true]:text-brand-100"
                >
                  <Check aria-hidden="true" className={cn('size-4 shrink-0', value?.id === kind.id ? 'opacity-100' : 'opacity-0')} />
                  <span className="truncate">{kind.label}</span>
                </Command.Item>
              ))}
              <Command.Item
                value={t('kindNone')}
                onSelect={() => choose(null)}
                className="mt-1 flex cursor-pointer items-center gap-2 rounded-lg border-t border-zinc-100 px-2.5 py-2 text-sm text-zinc-600 data-[selected=true]:bg-zinc-100 dark:border-zinc-800 dark:text-zinc-400 dark:data-[selected=true]:bg-zinc-800"
              >
                <Check aria-hidden="true" className={cn('size-4 shrink-0', value === null ? 'opacity-100' : 'opacity-0')} />
                <span>{t('kindNone')}</span>
              </Command.Item>
            </Command.List>
          </Command>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

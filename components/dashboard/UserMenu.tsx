'use client';
// The account menu in the top bar: who is signed in, settings, sign out.
import { ChevronDown, LogOut, Settings } from 'lucide-react';
import Link from 'next/link';
import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { DropdownMenu } from 'radix-ui';

const itemClass =
  'flex cursor-default items-center gap-2.5 rounded-md px-2.5 py-2 text-sm text-zinc-800 outline-none select-none data-[highlighted]:bg-zinc-100 data-[highlighted]:text-zinc-950 dark:text-zinc-200 dark:data-[highlighted]:bg-zinc-800 dark:data-[highlighted]:text-white';

export function UserMenu({ email, name }: { email: string; name: string | null }) {
  const t = useTranslations('dashboard.shell');
  const initial = (name?.trim() || email).charAt(0).toUpperCase();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={t('userMenu', { email })}
        className="flex h-10 max-w-[16rem] items-center gap-2 rounded-full py-1 pr-2 pl-1 text-sm text-zinc-700 transition-colors hover:bg-zinc-100 data-[state=open]:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:data-[state=open]:bg-zinc-800"
      >
        <span
          aria-hidden="true"
          className="flex size-8 shrink-0 items-center justify-center rounded-full bg-linear-to-br from-brand-500 to-fuchsia-600 text-sm font-semibold text-white"
        >
          {initial}
        </span>
        <span className="hidden truncate sm:block">{email}</span>
        <ChevronDown className="size-5 shrink-0 text-zinc-500 dark:text-zinc-400" strokeWidth={1.75} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={8}
          className="z-50 w-64 rounded-xl border border-zinc-200 bg-white p-1.5 shadow-xl shadow-zinc-900/10 dark:border-zinc-700 dark:bg-zinc-900 dark:shadow-black/40"
        >
          <DropdownMenu.Label className="px-2.5 pt-1.5 pb-2">
            <span className="block text-xs text-zinc-600 dark:text-zinc-400">{t('signedInAs')}</span>
            {name && <span className="block truncate text-sm font-medium text-zinc-950 dark:text-white">{name}</span>}
            <span className="block truncate text-sm text-zinc-700 dark:text-zinc-300">{email}</span>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" />
          <DropdownMenu.Item asChild className={itemClass}>
            <Link href="/dashboard/settings">
              <Settings className="size-5 shrink-0 text-zinc-500 dark:text-zinc-400" strokeWidth={1.75} />
              {t('settings')}
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item className={itemClass} onSelect={() => void signOut({ callbackUrl: '/' })}>
            <LogOut className="size-5 shrink-0 text-zinc-500 dark:text-zinc-400" strokeWidth={1.75} />
            {t('signOut')}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

'use client';
// Below 768px the sidebar becomes a sheet opened from the top bar's menu button.
import { Menu, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Dialog } from 'radix-ui';
import { useState } from 'react';
import { NavLinks } from '@/components/dashboard/NavLinks';
import { LocaleSwitcher } from '@/components/LocaleSwitcher';
import { LogoMark } from '@/components/marketing/Logo';

export function MobileNav() {
  const t = useTranslations('dashboard.shell');
  const tCommon = useTranslations('common');
  const [isOpen, setIsOpen] = useState(false);
  return (
    <Dialog.Root open={isOpen} onOpenChange={setIsOpen}>
      <Dialog.Trigger className="-ml-1.5 inline-flex size-10 items-center justify-center rounded-lg text-zinc-700 hover:bg-zinc-100 md:hidden dark:text-zinc-300 dark:hover:bg-zinc-800">
        <Menu className="size-5 shrink-0" strokeWidth={1.75} />
        <span className="sr-only">{t('openMenu')}</span>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/50 backdrop-blur-[2px] transition-opacity duration-200 starting:opacity-0 md:hidden" />
        <Dialog.Content className="fixed inset-y-0 left-0 z-50 flex w-[min(20rem,85vw)] flex-col bg-white shadow-2xl transition-transform duration-200 ease-out starting:-translate-x-full md:hidden dark:bg-zinc-900">
          <div className="flex h-16 items-center justify-between border-b border-zinc-200 px-4 dark:border-zinc-800">
            <span className="inline-flex items-center gap-2.5 text-[15px] font-semibold tracking-tight text-zinc-950 dark:text-white">
              <LogoMark />
              {tCommon('appName')}
            </span>
            <Dialog.Close className="inline-flex size-10 items-center justify-center rounded-lg text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800">
              <X className="size-5 shrink-0" strokeWidth={1.75} />
              <span className="sr-only">{t('closeMenu')}</span>
            </Dialog.Close>
          </div>
          <Dialog.Title className="sr-only">{t('menuTitle')}</Dialog.Title>
          <Dialog.Description className="sr-only">{t('mobileNavLabel')}</Dialog.Description>
          <nav aria-label={t('mobileNavLabel')} className="flex-1 overflow-y-auto px-3 py-4">
            <NavLinks onNavigate={() => setIsOpen(false)} />
          </nav>
          <div className="border-t border-zinc-200 p-4 dark:border-zinc-800">
            <LocaleSwitcher />
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

'use client';
// A page's actions in the pages panel (rename, make home, move, delete): Radix's dropdown menu,
// loaded by PagesPanel the first time the owner reaches for a page's menu.
import { ArrowDown, ArrowUp } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { DropdownMenu } from 'radix-ui';
import { useCallback, useRef } from 'react';
import type { Page } from '@/lib/sites/document';

export type PageMenuProps = {
  page: Page;
  isFirst: boolean;
  isLast: boolean;
  onRename(): void;
  onMakeHome(): void;
  onMove(by: number): void;
  onDelete(): void;
  // Opened by the press that loaded it; from the keyboard, the first item takes focus, as when
  // Radix opens a menu from the keyboard itself.
  initiallyOpen: 'pointer' | 'keyboard';
  trigger: React.ReactNode;
};

export function PageMenu({ page, isFirst, isLast, onRename, onMakeHome, onMove, onDelete, initiallyOpen, trigger }: PageMenuProps) {
  const t = useTranslations('editor.pages');
  const focusFirstItem = useRef(initiallyOpen === 'keyboard');
  const contentRef = useCallback((el: HTMLDivElement | null) => {
    if (!el || !focusFirstItem.current) return;
    focusFirstItem.current = false;
    // After Radix has focused the menu itself on open.
    requestAnimationFrame(() => el.querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')?.focus());
  }, []);
  return (
    <DropdownMenu.Root defaultOpen>
      <DropdownMenu.Trigger asChild>{trigger}</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          className="z-50 min-w-44 rounded-lg border border-zinc-200 bg-white p-1 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
          ref={contentRef}
        >
          <DropdownMenu.Item className="pm-menu-item" onSelect={onRename}>
            {t('rename')}
          </DropdownMenu.Item>
          {page.path !== '/' && (
            <DropdownMenu.Item className="pm-menu-item" onSelect={onMakeHome}>
              {t('makeHome')}
            </DropdownMenu.Item>
          )}
          <DropdownMenu.Item className="pm-menu-item" disabled={isFirst} onSelect={() => onMove(-1)}>
            <ArrowUp className="size-4" aria-hidden />
            {t('moveUp')}
          </DropdownMenu.Item>
          <DropdownMenu.Item className="pm-menu-item" disabled={isLast} onSelect={() => onMove(1)}>
            <ArrowDown className="size-4" aria-hidden />
            {t('moveDown')}
          </DropdownMenu.Item>
          {page.path !== '/' && (
            <DropdownMenu.Item className="pm-menu-item text-red-700 dark:text-red-400" onSelect={onDelete}>
              {t('delete')}
            </DropdownMenu.Item>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

'use client';
// Puts the AI menu beside the selected section: its result replaces the section or lands after
// it through Puck's own data, so undo and autosave cover it like any other edit.
import { createUsePuck, useGetPuck } from '@puckeditor/core';
import { Sparkles } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Button } from '@/components/ui/Button';
import type { SiteLanguage } from '@/lib/i18n/languages';
import { isFactualSection, markSuggested, pendingClaims } from '@/lib/sites/suggested-facts';
import type { AiSectionMenuProps } from './AiSectionMenu';
import type { EditorStore } from './editor-store';
import { loadedSectionDefaults } from './section-defaults';

const usePuck = createUsePuck();

// The menu's code (Radix's popover and its positioning, the AI requests) loads when the owner
// first points at, focuses or presses its button; the press that loaded it opens it.
const loadMenu = () => import('./AiSectionMenu');
const AiSectionMenu = lazy(() => loadMenu().then((m) => ({ default: m.AiSectionMenu })));

function LazyAiSectionMenu(props: AiSectionMenuProps) {
  const t = useTranslations('ai');
  const [pressed, setPressed] = useState(false);
  const button = (handlers: React.ComponentProps<'button'>) => (
    <Button
      variant="secondary"
      size="sm"
      aria-label={props.section ? t('triggerLabel') : t('triggerAddLabel')}
      aria-haspopup="dialog"
      aria-expanded={false}
      {...handlers}
    >
      <Sparkles aria-hidden="true" className="size-4" />
      {t('trigger')}
    </Button>
  );
  if (!pressed) return button({ onPointerEnter: () => void loadMenu(), onFocus: () => void loadMenu(), onClick: () => setPressed(true) });
  return (
    <Suspense fallback={button({})}>
      <AiSectionMenu {...props} defaultOpen />
    </Suspense>
  );
}

export function SectionAi({ siteId, language, store }: { siteId: string; language: SiteLanguage; store: EditorStore }) {
  // Only which section is selected: its props change on every keystroke and are read when an
  // action runs, so typing does not re-render the menu.
  const selectedId = usePuck((s) => (s.selectedItem ? String(s.selectedItem.props.id) : null));
  const selectedType = usePuck((s) => (s.selectedItem ? String(s.selectedItem.type) : null));
  const selector = usePuck((s) => s.appState.ui.itemSelector);
  const dispatch = usePuck((s) => s.dispatch);
  const getPuck = useGetPuck();
  const section = useMemo(
    () =>
      selectedId && selectedType
        ? {
            id: selectedId,
            type: selectedType,
            get props(): unknown {
              return getPuck().getItemById(selectedId)?.props;
            },
          }
        : undefined,
    [selectedId, selectedType, getPuck],
  );
  return (
    <LazyAiSectionMenu
      siteId={siteId}
      section={section}
      language={language}
      onResult={(result, mode, op) => {
        const item = { type: result.type, props: { ...result.props, id: result.id } };
        // Reviews, people, figures or clients the AI wrote are suggestions until the owner replaces or
        // confirms them; a rewrite of the owner's own keeps them the owner's.
        const before = section && op === 'rewrite' ? { id: section.id, type: section.type, props: (section.props ?? {}) as Record<string, unknown> } : null;
        const wasSuggested = before ? pendingClaims(store.get().doc, before, loadedSectionDefaults) > 0 : op !== 'rewrite';
        dispatch({
          type: 'setData',
          data: (previous) => {
            const content = [...previous.content];
            const index = selector ? selector.index : content.length - 1;
            if (mode === 'replace' && selector) content[index] = item;
            else content.splice(index + 1, 0, item);
            return { ...previous, content };
          },
        });
        if (wasSuggested && isFactualSection(result.type)) store.updateDocument((doc) => markSuggested(doc, result));
      }}
    />
  );
}

'use client';
// Puts the AI menu beside the selected section: its result replaces the section or lands after
// it through Puck's own data, so undo and autosave cover it like any other edit.
import { createUsePuck } from '@puckeditor/core';
import type { SiteLanguage } from '@/lib/sites/document';
import { AiSectionMenu } from './AiSectionMenu';

const usePuck = createUsePuck();

export function SectionAi({ siteId, language }: { siteId: string; language: SiteLanguage }) {
  const selected = usePuck((s) => s.selectedItem);
  const selector = usePuck((s) => s.appState.ui.itemSelector);
  const dispatch = usePuck((s) => s.dispatch);
  const section = selected ? { id: String(selected.props.id), type: String(selected.type), props: selected.props } : undefined;
  return (
    <AiSectionMenu
      siteId={siteId}
      section={section}
      language={language}
      onResult={(result, mode) => {
        const item = { type: result.type, props: { ...result.props, id: result.id } };
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
      }}
    />
  );
}

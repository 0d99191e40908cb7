'use client';
// The site-wide "install as an app" switch (the document's `app.installable`), under the theme: a
// site setting, saved with the draft and published with it. Outside Puck, like the suggested facts.
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { useEditorSnapshot, type EditorStore } from './editor-store';

export function AppSetting({ store }: { store: EditorStore }) {
  const t = useTranslations('editor.app');
  const id = useId();
  const isInstallable = useEditorSnapshot(store, (s) => s.doc.app?.installable === true);
  return (
    <section aria-labelledby={`${id}-heading`} className="grid gap-2 border-t border-zinc-200 p-3 dark:border-zinc-800">
      <h2 id={`${id}-heading`} className="text-sm font-semibold">
        {t('heading')}
      </h2>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 size-4 shrink-0 accent-brand-600"
          aria-describedby={`${id}-help`}
          checked={isInstallable}
          onChange={(e) => {
            const installable = e.currentTarget.checked;
            store.updateDocument((doc) => ({ ...doc, app: { ...doc.app, installable } }));
          }}
        />
        {t('label')}
      </label>
      <p id={`${id}-help`} className="text-xs text-zinc-600 dark:text-zinc-400">
        {t('help')}
      </p>
    </section>
  );
}

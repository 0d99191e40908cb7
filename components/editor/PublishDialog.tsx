'use client';
// Publish from the editor: the toolbar's Publish button. The dialog (PublishPanel.tsx: the changes
// since the live version, the wait for the last save, the publish itself) loads when the owner
// first points at or presses the button, behind the dialog's frame.
import { Rocket } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { lazy, Suspense, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { DialogFrame } from '@/components/ui/LazyDialog';
import type { EditorStore } from './editor-store';
import type { EditorSite } from './SiteEditor';

const loadPanel = () => import('./PublishPanel');
const PublishPanel = lazy(() => loadPanel().then((m) => ({ default: m.PublishPanel })));

export function PublishDialog({ site, store }: { site: EditorSite; store: EditorStore }) {
  const t = useTranslations('editor.publish');
  const [open, setOpen] = useState(false);
  const [opening, setOpening] = useState(0);
  // The version the list of changes compares with; cleared after a publish from here (the publish
  // action does not return the new version's id).
  const [liveVersionId, setLiveVersionId] = useState(site.liveVersionId);
  return (
    <>
      <Button
        type="button"
        size="sm"
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        onClick={() => {
          setOpening((n) => n + 1);
          setOpen(true);
        }}
      >
        <Rocket className="size-4" aria-hidden />
        <span className="hidden sm:inline">{t('open')}</span>
        <span className="sr-only sm:hidden">{t('open')}</span>
      </Button>
      {opening > 0 && (
        <Suspense fallback={open && <DialogFrame title={t('title')} description={t('description')} />}>
          <PublishPanel
            site={site}
            store={store}
            open={open}
            onOpenChange={setOpen}
            opening={opening}
            liveVersionId={liveVersionId}
            onPublished={() => setLiveVersionId(null)}
          />
        </Suspense>
      )}
    </>
  );
}

'use client';
// Published versions: preview any of them, restore one into the draft (an ordinary, undoable
// change that autosaves), or roll the live site back to it. The editor loads this panel when the
// owner first opens it.
import { useQueryClient } from '@tanstack/react-query';
import { Eye, RotateCcw, Undo } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { rollbackAction } from '@/lib/publish/actions';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { useToast } from '@/components/ui/Toaster';
import type { EditorStore } from './editor-store';
import type { EditorSite } from './SiteEditor';
import { fetchVersionDocument, useVersions, type VersionRow } from './use-versions';

export function HistoryPanel({
  site,
  store,
  open,
  onOpenChange,
}: {
  site: EditorSite;
  store: EditorStore;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations('editor.history');
  const format = useFormatter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const versions = useVersions(site.id, open);
  const [preview, setPreview] = useState<VersionRow | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const path = store.page().path;

  async function restore(version: VersionRow) {
    setBusy(version.id);
    try {
      const document = await fetchVersionDocument(site.id, version.id);
      store.changePages(document);
      toast({ tone: 'success', title: t('restored', { number: version.number }), description: t('restoredHint') });
      onOpenChange(false);
    } catch {
      toast({ tone: 'error', title: t('failed') });
    } finally {
      setBusy(null);
    }
  }

  async function rollback(version: VersionRow) {
    setBusy(version.id);
    const result = await rollbackAction({ siteId: site.id, versionId: version.id }).catch(() => null);
    setBusy(null);
    if (!result?.ok) {
      toast({ tone: 'error', title: t('failed') });
      return;
    }
    await queryClient.invalidateQueries({ queryKey: ['versions', site.id] });
    toast({ tone: 'success', title: t('rolledBack', { number: version.number }) });
  }

  return (
    <>
      <Dialog open={open} onOpenChange={onOpenChange} title={t('title')} description={t('description')}>
        {versions.isPending ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400" role="status">
            {t('loading')}
          </p>
        ) : versions.isError ? (
          <p className="text-sm text-red-700" role="alert">
            {t('failed')}
          </p>
        ) : versions.data.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('empty')}</p>
        ) : (
          <ul className="grid gap-2">
            {versions.data.map((version) => (
              <li key={version.id} className="flex flex-wrap items-center gap-2 rounded-lg border border-zinc-200 p-2 dark:border-zinc-700">
                <span className="min-w-0 flex-1 text-sm">
                  <span className="font-medium">{t('version', { number: version.number })}</span>
                  {version.isLive && (
                    <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-300">
                      {t('live')}
                    </span>
                  )}
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                    {format.dateTime(new Date(version.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}
                  </span>
                </span>
                <Button size="sm" variant="ghost" onClick={() => setPreview(version)} aria-label={t('previewVersion', { number: version.number })}>
                  <Eye className="size-4" aria-hidden />
                  {t('preview')}
                </Button>
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={busy !== null}
                  onClick={() => void restore(version)}
                  aria-label={t('restoreVersion', { number: version.number })}
                >
                  <Undo className="size-4" aria-hidden />
                  {t('restore')}
                </Button>
                {!version.isLive && (
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={busy !== null}
                    onClick={() => void rollback(version)}
                    aria-label={t('rollbackVersion', { number: version.number })}
                  >
                    <RotateCcw className="size-4" aria-hidden />
                    {t('rollback')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </Dialog>
      {preview && (
        <Dialog open onOpenChange={(o) => !o && setPreview(null)} title={t('previewTitle', { number: preview.number })}>
          <iframe
            title={t('previewTitle', { number: preview.number })}
            src={`/api/sites/${site.id}/preview?version=${preview.id}&path=${encodeURIComponent(path)}`}
            className="h-[60dvh] w-full rounded border border-zinc-200 dark:border-zinc-700"
            sandbox=""
          />
        </Dialog>
      )}
    </>
  );
}

'use client';
// The autosave status, read out to screen readers as it changes. Only a save in flight spins:
// while the owner types, changes wait for the pause (pending) under a still mark, because a
// running animation keeps the page drawing a frame at every display refresh, and each keystroke
// then waits for the next one.
import { AlertTriangle, Check, CircleDot, CloudOff, Loader2, RefreshCw } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEditorSnapshot, type EditorStore } from './editor-store';

export function SaveStatus({ store }: { store: EditorStore }) {
  const t = useTranslations('editor.save');
  const status = useEditorSnapshot(store, (s) => s.status);
  const error = useEditorSnapshot(store, (s) => s.error);
  const icon =
    status === 'saved' ? (
      <Check className="size-4 text-emerald-600" aria-hidden />
    ) : status === 'pending' ? (
      <CircleDot className="size-4 text-zinc-500" aria-hidden />
    ) : status === 'saving' ? (
      <Loader2 className="size-4 motion-safe:animate-spin" aria-hidden />
    ) : status === 'offline' ? (
      <CloudOff className="size-4 text-amber-600" aria-hidden />
    ) : status === 'retrying' ? (
      <RefreshCw className="size-4 text-amber-600" aria-hidden />
    ) : (
      <AlertTriangle className="size-4 text-red-600" aria-hidden />
    );
  return (
    <p
      role="status"
      data-save-status={status}
      className="flex min-w-0 items-center gap-1.5 px-1 text-xs text-zinc-700 dark:text-zinc-300"
      title={error ?? undefined}
    >
      {icon}
      <span className="hidden truncate sm:inline">{t(status)}</span>
      {status === 'invalid' && error && <span className="sr-only">{error}</span>}
    </p>
  );
}

'use client';
// Debounced autosave through a React Query mutation. Every save names the revision it started
// from; a 409 opens the conflict dialog instead of overwriting. Network failures retry with
// backoff (React Query pauses while the browser is offline and resumes when it is back). The
// server validates the document (422 with the problem, shown as "Not saved"); the browser does
// not, so the editor carries no props schemas.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError, fetchJson } from '@/lib/fetch-json';
import type { SiteDocument } from '@/lib/sites/document';
import type { EditorStore } from './editor-store';
import { hasPendingInlineEdits, onInlinePending } from './inline-state';

const DEBOUNCE_MS = 700;

type Conflict = { document: SiteDocument; revision: number };

// No answer, or the server failing: try again. Any other answer (409, 422…) is final.
const isTransient = (error: unknown) => error instanceof ApiError && (error.code === 'NETWORK' || error.status >= 500);

async function putDraft(siteId: string, body: { revision: number; document: SiteDocument }) {
  const { revision } = await fetchJson<{ revision: number }>(`/api/sites/${siteId}/draft`, { method: 'PUT', json: body });
  return { revision: Number(revision) };
}

function getDraft(siteId: string): Promise<Conflict> {
  return fetchJson<Conflict>(`/api/sites/${siteId}/draft`, { cache: 'no-store' });
}

export function useAutosave(store: EditorStore, siteId: string) {
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);

  const mutation = useMutation({
    mutationFn: (body: { revision: number; document: SiteDocument }) => putDraft(siteId, body),
    retry: (count, error) => isTransient(error) && count < 1000,
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 15_000),
    networkMode: 'online',
  });
  const mutateRef = useRef(mutation.mutateAsync);
  useEffect(() => {
    mutateRef.current = mutation.mutateAsync;
  });

  useEffect(() => {
    async function save() {
      if (inFlight.current) return;
      const snapshot = store.get();
      if (snapshot.status === 'conflict' || snapshot.dirtyVersion === snapshot.savedVersion) return;
      // A keystroke on the canvas not yet in the document: save once it is.
      if (hasPendingInlineEdits()) return schedule();
      const document = snapshot.doc;
      const version = snapshot.dirtyVersion;
      inFlight.current = true;
      store.setStatus('saving');
      try {
        const { revision } = await mutateRef.current({ revision: store.revision, document });
        store.markSaved(version, revision);
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          store.setStatus('conflict');
          setConflict(await getDraft(siteId).catch(() => null));
        } else {
          store.setStatus('invalid', error instanceof Error ? error.message : String(error));
        }
      } finally {
        inFlight.current = false;
      }
      // A change made while the save was out (its timer found the save in flight and did nothing)
      // is saved next, whatever the answer was: after a refused save too, so an owner fixing what
      // the server refused is not left at "Not saved" with the fix unsent.
      const after = store.get();
      if (after.status !== 'conflict' && after.dirtyVersion !== version && after.dirtyVersion !== after.savedVersion) schedule();
    }
    function schedule() {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
    }
    let lastDirty = store.get().dirtyVersion;
    const unsubscribe = store.subscribe(() => {
      const { dirtyVersion } = store.get();
      if (dirtyVersion !== lastDirty) {
        lastDirty = dirtyVersion;
        schedule();
      }
    });
    // A keystroke on the canvas makes the draft unsaved at once, before Puck has it.
    const unlisten = onInlinePending(() => store.touch());
    return () => {
      unsubscribe();
      unlisten();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [store, siteId]);

  // Show "offline" or "retrying" while React Query holds a failed save.
  useEffect(() => {
    if (!mutation.isPending) return;
    if (mutation.isPaused) store.setStatus('offline');
    else if (mutation.failureCount > 0) store.setStatus('retrying');
  }, [mutation.isPending, mutation.isPaused, mutation.failureCount, store]);

  // Warn before leaving with changes that are not saved yet.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const { dirtyVersion, savedVersion } = store.get();
      if (dirtyVersion !== savedVersion) {
        event.preventDefault();
        event.returnValue = '';
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);

  return {
    conflict,
    resolveConflict(choice: 'theirs' | 'mine') {
      if (!conflict) return;
      if (choice === 'theirs') store.loadTheirs(conflict.document, conflict.revision);
      else store.keepMine(conflict.revision);
      setConflict(null);
    },
  };
}

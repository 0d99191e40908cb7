'use client';
// Debounced autosave through a React Query mutation. Every save names the revision it started
// from; a 409 opens the conflict dialog instead of overwriting. Network failures retry with
// backoff (React Query pauses while the browser is offline and resumes when it is back). The
// server validates the document (422 with the problem, shown as "Not saved"); the browser does
// not, so the editor carries no props schemas. Leaving the page (reload, another address, closing
// the tab) right after typing keeps the typing: the keystrokes still waiting for their frame are
// handed to the document, and what is unsaved goes out in a keepalive request, which the browser
// finishes after the page is gone (a large document as its change: a patch); only what that cannot
// carry is warned about.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError, fetchJson } from '@/lib/fetch-json';
import type { SiteDocument } from '@/lib/sites/document';
import { withFieldValues, type EditorStore } from './editor-store';
import { flushInlineEdits, hasPendingInlineEdits, onInlinePending, pendingFieldValues } from './inline-state';

const DEBOUNCE_MS = 700;
// Browsers carry keepalive requests of at most 64 KiB (all of a page's together). A larger
// document is sent as its change from the revision the server holds (a patch, a few hundred bytes
// for typing); only a change that large itself goes by an ordinary request, and leaving before it
// is saved warns.
const KEEPALIVE_MAX_BYTES = 60_000;
// What a page that went away while its last save was on the way leaves for the next one (a reload:
// the next page is asked for while that save is still being written, and may show the draft
// before it): the site and the revision the save started from.
const LEAVING_SAVE_KEY = 'pm-editor-leaving-save';

type Conflict = { document: SiteDocument; revision: number };

// No answer, or the server failing: try again. Any other answer (409, 422…) is final.
const isTransient = (error: unknown) => error instanceof ApiError && (error.code === 'NETWORK' || error.status >= 500);

// The document to save, and the one the server holds at `revision` (what a patch is made against).
type DraftBody = { revision: number; document: SiteDocument; base: SiteDocument };

const fits = (text: string) => new Blob([text]).size <= KEEPALIVE_MAX_BYTES;

// What makes a patch (lib/sites/draft-patch.ts) is needed only once a document outgrows a keepalive
// request, so it is not in every editor's first load: it loads when a save first finds the document
// that large, or as the editor opens a site already that large (see useAutosave), before the save
// on leaving, which cannot wait for it, may need it.
let diffDocument: typeof import('@/lib/sites/draft-patch').diffDocument | null = null;
let loadingPatchMaker: Promise<void> | null = null;
function loadPatchMaker(): Promise<void> {
  loadingPatchMaker ??= import('@/lib/sites/draft-patch').then(
    (module) => {
      diffDocument = module.diffDocument;
    },
    () => {
      // Offline, say: the next large save tries again, and until then the whole document goes.
      loadingPatchMaker = null;
    },
  );
  return loadingPatchMaker;
}

// The request body, and whether a keepalive request can carry it: the whole document when it fits,
// else its change from the base when that fits.
function draftRequest({ revision, document, base }: DraftBody) {
  const whole = JSON.stringify({ revision, document });
  if (fits(whole)) return { text: whole, fitsKeepalive: true };
  if (!diffDocument) {
    void loadPatchMaker();
    return { text: whole, fitsKeepalive: false };
  }
  const patch = JSON.stringify({ revision, patch: diffDocument(base, document) });
  return fits(patch) ? { text: patch, fitsKeepalive: true } : { text: whole, fitsKeepalive: false };
}

// A save that fits is sent as keepalive, so one in flight when the page goes away still arrives.
async function putDraft(siteId: string, body: DraftBody, onSending: (isKeepalive: boolean) => void) {
  if (!diffDocument && !fits(JSON.stringify({ revision: body.revision, document: body.document }))) await loadPatchMaker();
  const { text, fitsKeepalive } = draftRequest(body);
  onSending(fitsKeepalive);
  const { revision } = await fetchJson<{ revision: number }>(`/api/sites/${siteId}/draft`, {
    method: 'PUT',
    body: text,
    headers: { 'content-type': 'application/json' },
    keepalive: fitsKeepalive,
  });
  return { revision: Number(revision) };
}

function getDraft(siteId: string): Promise<Conflict> {
  return fetchJson<Conflict>(`/api/sites/${siteId}/draft`, { cache: 'no-store' });
}

export function useAutosave(store: EditorStore, siteId: string) {
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  // The document version the save in flight carries, and whether it outlives the page (keepalive).
  const inFlightVersion = useRef(0);
  const inFlightKeepalive = useRef(false);

  // A site already too large for one keepalive request: the patch maker loads now, so the save on
  // leaving has it even before the first autosave.
  useEffect(() => {
    if (!fits(JSON.stringify({ revision: store.revision, document: store.get().doc }))) void loadPatchMaker();
  }, [store]);

  const mutation = useMutation({
    mutationFn: (body: DraftBody) =>
      putDraft(siteId, body, (isKeepalive) => {
        inFlightKeepalive.current = isKeepalive;
      }),
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
      inFlightVersion.current = version;
      store.setStatus('saving');
      try {
        const { revision } = await mutateRef.current({ revision: store.revision, document, base: store.saved });
        store.markSaved(version, revision, document);
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

  // Leaving the page (reload, another address, closing the tab). On beforeunload the keystrokes
  // still waiting for their frame are handed to the document, and what is unsaved goes out at once
  // as a keepalive request, which the browser finishes after the page is gone (sent before the next
  // page is asked for, so a reload shows it). The owner is warned only when that cannot carry the
  // changes: a document too large for a keepalive request, a newer save already in flight (the two
  // would name the same revision), or a draft the server refused. Where beforeunload does not come
  // (a phone's browser closing the tab), pagehide sends it.
  useEffect(() => {
    let sentVersion: number | null = null;
    function sendOnLeaving(): 'sent' | 'saving' | 'nothing' | 'cannot' {
      // Every keystroke still waiting for its frame is handed over. A canvas field's reaches the
      // document at once; an inspector field's only after this handler has returned (Puck's field
      // change takes a few microtasks), so its latest text is written into what is sent here.
      const fieldValues = pendingFieldValues();
      flushInlineEdits();
      const { dirtyVersion, savedVersion, status, doc: current, pageId } = store.get();
      const doc = withFieldValues(current, pageId, fieldValues);
      if (dirtyVersion === savedVersion || sentVersion === dirtyVersion) return 'nothing';
      const { text, fitsKeepalive } = draftRequest({ revision: store.revision, document: doc, base: store.saved });
      if (!fitsKeepalive) return 'cannot';
      // The save in flight carries everything, and finishes on its own if it is a keepalive request;
      // one held back (offline, or waiting to try again) does not.
      if (inFlight.current) return inFlightVersion.current === dirtyVersion && status === 'saving' && inFlightKeepalive.current ? 'saving' : 'cannot';
      // A conflict would only be refused again.
      if (status === 'conflict') return 'cannot';
      sentVersion = dirtyVersion;
      // Sent from here rather than through the mutation, whose request starts only after a few
      // promise steps. Were the leaving cancelled, the answer counts as any save's.
      inFlight.current = true;
      inFlightVersion.current = dirtyVersion;
      inFlightKeepalive.current = true;
      void fetch(`/api/sites/${siteId}/draft`, {
        method: 'PUT',
        body: text,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        keepalive: true,
      })
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          const { revision } = (await response.json()) as { revision: number };
          store.markSaved(dirtyVersion, Number(revision), doc);
        })
        .catch(() => undefined)
        .finally(() => {
          inFlight.current = false;
          // Anything not saved (a refusal included, which the next save reports) goes through autosave.
          const after = store.get();
          if (after.dirtyVersion !== after.savedVersion) store.touch();
        });
      try {
        sessionStorage.setItem(LEAVING_SAVE_KEY, JSON.stringify({ siteId, revision: store.revision }));
      } catch {
        // No session storage (a private window's quota): the reload may show the draft before the save.
      }
      // A draft the server refused may be fixed by the latest edits, or may not: sent, and warned of.
      return status === 'invalid' ? 'cannot' : 'sent';
    }
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (sendOnLeaving() !== 'cannot') return;
      event.preventDefault();
      event.returnValue = '';
    };
    const onPageHide = (event: PageTransitionEvent) => {
      // Kept for the back-forward cache: the page may come back, and its own autosave goes on.
      if (event.persisted || sentVersion !== null) return;
      sendOnLeaving();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [store, siteId]);

  // Opened right after this tab left the same site with a save on its way (a reload): if the draft
  // shown predates that save, the saved one replaces it as soon as it is in, unless the owner has
  // already changed something (then their next save meets the conflict dialog, and nothing is lost).
  useEffect(() => {
    const left = (() => {
      try {
        const stored = sessionStorage.getItem(LEAVING_SAVE_KEY);
        sessionStorage.removeItem(LEAVING_SAVE_KEY);
        return JSON.parse(stored ?? 'null') as { siteId?: string; revision?: number } | null;
      } catch {
        return null;
      }
    })();
    if (left?.siteId !== siteId || left.revision !== store.revision) return;
    let isLive = true;
    void (async () => {
      for (let attempt = 0; attempt < 10 && isLive; attempt++) {
        const latest = await getDraft(siteId).catch(() => null);
        if (!isLive) return;
        if (latest && latest.revision > store.revision) {
          if (store.get().dirtyVersion === 0) store.loadTheirs(latest.document, latest.revision);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    })();
    return () => {
      isLive = false;
    };
  }, [store, siteId]);

  return {
    conflict,
    resolveConflict(choice: 'theirs' | 'mine') {
      if (!conflict) return;
      if (choice === 'theirs') store.loadTheirs(conflict.document, conflict.revision);
      else store.keepMine(conflict.revision, conflict.document);
      setConflict(null);
    },
  };
}

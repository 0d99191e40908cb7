'use client';
// The publish dialog (see PublishDialog.tsx, which loads it when the owner first presses Publish):
// shows what changed since the live version, waits for the last edit to be saved, publishes, and
// links to the live site.
import { useQueryClient } from '@tanstack/react-query';
import { ArrowUpRight, LoaderCircle, Rocket } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { publishAction } from '@/lib/publish/actions';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { diffDocuments, type DocumentDiff } from '@/lib/sites/diff';
import { confirmFacts, pendingFacts, type PendingFact } from '@/lib/sites/suggested-facts';
import { factsRemainingId, SuggestedFacts, unconfirmedCount } from '@/components/sites/SuggestedFacts';
import { AltTextWarning } from './AltTextWarning';
import type { EditorStore } from './editor-store';
import { loadedSectionDefaults, loadSectionDefaults } from './section-defaults';
import type { EditorSite } from './SiteEditor';
import { fetchVersionDocument } from './use-versions';

function waitForSave(store: EditorStore, timeoutMs = 15_000): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      const { status } = store.get();
      if (status === 'saved') return finish(true);
      if (status === 'invalid' || status === 'conflict') return finish(false);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    const unsubscribe = store.subscribe(check);
    function finish(ok: boolean) {
      clearTimeout(timer);
      unsubscribe();
      resolve(ok);
    }
    check();
  });
}

export type PublishPanelProps = {
  site: EditorSite;
  store: EditorStore;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  // Counts the times the dialog was opened: each opening checks the changes again.
  opening: number;
  liveVersionId: string | null;
  onPublished: () => void;
};

export function PublishPanel({ site, store, open, onOpenChange: setOpen, opening, liveVersionId, onPublished }: PublishPanelProps) {
  const t = useTranslations('editor.publish');
  const queryClient = useQueryClient();
  const [diff, setDiff] = useState<DocumentDiff | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'publishing' | 'done' | 'error'>('loading');
  const [result, setResult] = useState<{ number: number; url: string } | null>(null);
  // Sections still showing suggested reviews, people, figures or clients, and those the owner ticked as true.
  const [facts, setFacts] = useState<PendingFact[]>([]);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [refused, setRefused] = useState(false);
  // A new opening starts from "checking", in the same render that shows the dialog.
  const [seenOpening, setSeenOpening] = useState(opening);
  if (opening !== seenOpening) {
    setSeenOpening(opening);
    setResult(null);
    setRefused(false);
    setState('loading');
  }
  const unconfirmed = unconfirmedCount(facts, confirmed);

  useEffect(() => {
    let current = true;
    const load = async () => {
      // A section added from the library starts with sample content: its claims are suggestions too.
      await loadSectionDefaults().catch(() => {});
      if (current) setFacts(pendingFacts(store.get().doc, loadedSectionDefaults));
      try {
        const live = liveVersionId ? await fetchVersionDocument(site.id, liveVersionId) : null;
        if (current) setDiff(diffDocuments(live, store.get().doc));
      } catch {
        if (current) setDiff(null);
      }
      if (current) setState('idle');
    };
    void load();
    return () => {
      current = false;
    };
    // Once per opening, against the live version of that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opening]);

  async function publish() {
    setState('publishing');
    setRefused(false);
    // What the owner confirmed is remembered in the draft (saved before the publish reads it).
    const ids = facts.map((f) => f.sectionId).filter((id) => confirmed.has(id));
    if (ids.length) store.updateDocument((doc) => confirmFacts(doc, ids));
    if (!(await waitForSave(store))) {
      setState('error');
      return;
    }
    const response = await publishAction({ siteId: site.id }).catch(() => null);
    if (!response?.ok) {
      if (response?.error.code === 'UNCONFIRMED_FACTS') {
        setFacts(pendingFacts(store.get().doc, loadedSectionDefaults));
        setRefused(true);
      }
      setState('error');
      return;
    }
    setResult({ number: response.data.number, url: response.data.url });
    onPublished();
    await queryClient.invalidateQueries({ queryKey: ['versions', site.id] });
    setState('done');
  }

  return (
    <Dialog open={open} onOpenChange={setOpen} title={t('title')} description={t('description')}>
      {state === 'loading' ? (
        <p role="status" className="text-sm">
          {t('checking')}
        </p>
      ) : state === 'done' && result ? (
        <div className="grid gap-3" role="status">
          <p className="font-medium text-emerald-800 dark:text-emerald-300">{t('live', { number: result.number })}</p>
          <a
            href={result.url}
            target="_blank"
            rel="noreferrer"
            className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 underline dark:text-brand-300"
          >
            {result.url}
            <ArrowUpRight className="size-4" aria-hidden />
          </a>
        </div>
      ) : (
        <div className="grid gap-3">
          {diff && <Changes diff={diff} />}
          {facts.length > 0 && <SuggestedFacts facts={facts} confirmed={confirmed} onConfirmedChange={setConfirmed} />}
          <AltTextWarning doc={store.get().doc} />
          {state === 'error' && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {refused ? t('factsRefused') : t('failed')}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('cancel')}
            </Button>
            <Button
              onClick={() => void publish()}
              disabled={state === 'publishing' || unconfirmed > 0}
              aria-describedby={unconfirmed > 0 ? factsRemainingId : undefined}
            >
              {state === 'publishing' ? <LoaderCircle className="size-4 motion-safe:animate-spin" aria-hidden /> : <Rocket className="size-4" aria-hidden />}
              {state === 'publishing' ? t('publishing') : t('confirm')}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

function Changes({ diff }: { diff: DocumentDiff }) {
  const t = useTranslations('editor.publish');
  if (!diff.any) return <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('noChanges')}</p>;
  return (
    <div className="text-sm">
      <h3 className="mb-1 font-semibold">{t('changes')}</h3>
      <ul className="grid list-disc gap-1 pl-5">
        {diff.theme && <li>{t('themeChanged')}</li>}
        {diff.business && <li>{t('businessChanged')}</li>}
        {diff.app && <li>{t('appChanged')}</li>}
        {diff.pages.map((page) => (
          <li key={`${page.status}-${page.path}`}>
            <span className="font-medium">{page.title}</span> <span className="text-zinc-600 dark:text-zinc-400">{page.path}</span>
            {': '}
            {page.status === 'added'
              ? t('pageAdded')
              : page.status === 'removed'
                ? t('pageRemoved')
                : [
                    page.sections.added > 0 && t('sectionsAdded', { n: page.sections.added }),
                    page.sections.removed > 0 && t('sectionsRemoved', { n: page.sections.removed }),
                    page.sections.edited > 0 && t('sectionsEdited', { n: page.sections.edited }),
                    page.sections.moved && t('sectionsMoved'),
                    page.seo && t('seoChanged'),
                  ]
                    .filter(Boolean)
                    .join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

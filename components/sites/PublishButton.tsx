'use client';
// Publishes the draft as a new version and says where it went live. A draft that still shows
// suggested reviews, people, figures or client names opens a dialog listing them: it publishes
// once the owner confirms each is true (or they replace them in the editor).
import { ArrowUpRight, LoaderCircle, Rocket } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { publishAction } from '@/lib/publish/actions';
import type { PendingFact } from '@/lib/sites/suggested-facts';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { useToast } from '@/components/ui/Toaster';
import { factsRemainingId, SuggestedFacts, unconfirmedCount } from './SuggestedFacts';

export function PublishButton({ siteId, liveNumber }: { siteId: string; liveNumber: number | null }) {
  const t = useTranslations('sites.site.publish');
  const te = useTranslations('editor.publish');
  const format = useFormatter();
  const toast = useToast();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ number: number; url: string } | null>(null);
  const [facts, setFacts] = useState<PendingFact[]>([]);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const unconfirmed = unconfirmedCount(facts, confirmed);

  function publish(confirm?: string[]) {
    setResult(null);
    startTransition(async () => {
      const response = await publishAction({ siteId, ...(confirm ? { confirm } : {}) }).catch(() => null);
      if (response && !response.ok && response.error.code === 'UNCONFIRMED_FACTS') {
        const pending = (response.error as { details?: { pendingFacts?: PendingFact[] } }).details?.pendingFacts ?? [];
        setConfirmed(new Set());
        setFacts(pending);
        return;
      }
      setFacts([]);
      if (!response?.ok) {
        toast({
          tone: 'error',
          title: t('failed'),
          description: response?.error.code === 'NOT_FOUND' ? t('notFound') : response?.error.code === 'CONFLICT' ? response.error.message : t('failedBody'),
        });
        return;
      }
      const { number, url, durationMs } = response.data;
      setResult({ number, url });
      toast({
        tone: 'success',
        title: t('live', { number }),
        description: t('took', { seconds: format.number(durationMs / 1000, { maximumFractionDigits: 1, minimumFractionDigits: 1 }) }),
      });
    });
  }

  return (
    // Its parent lays out the button and the result line (display: contents keeps them its items).
    <div className="contents">
      <Button type="button" onClick={() => publish()} disabled={isPending} className="shadow-sm shadow-brand-700/20">
        {isPending ? <LoaderCircle className="size-4 motion-safe:animate-spin" /> : <Rocket className="size-4" />}
        {isPending ? t('publishing') : liveNumber ? t('republish') : t('publish')}
      </Button>
      <Dialog open={facts.length > 0} onOpenChange={(open) => !open && setFacts([])} title={te('title')} description={te('description')}>
        <div className="grid gap-3">
          <SuggestedFacts facts={facts} confirmed={confirmed} onConfirmedChange={setConfirmed} />
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" asChild>
              <a href={`/editor/${siteId}`}>{t('openEditor')}</a>
            </Button>
            <Button
              onClick={() => publish([...confirmed])}
              disabled={isPending || unconfirmed > 0}
              aria-describedby={unconfirmed > 0 ? factsRemainingId : undefined}
            >
              {isPending ? <LoaderCircle className="size-4 motion-safe:animate-spin" aria-hidden /> : <Rocket className="size-4" aria-hidden />}
              {isPending ? t('publishing') : te('confirm')}
            </Button>
          </div>
        </div>
      </Dialog>
      {/* The toast announces the result; this line keeps the link to the live site at hand. */}
      <p className="col-span-2 text-sm empty:hidden sm:basis-full sm:text-right">
        {/* Only while that version is still the live one (a rollback or unpublish changes it). */}
        {result && result.number === liveNumber && (
          <span className="inline-flex flex-wrap items-center gap-x-2 font-medium text-emerald-800 dark:text-emerald-300">
            {t('live', { number: result.number })}
            <a
              href={result.url}
              target="_blank"
              rel="noopener noreferrer"
              className="inline-flex items-center gap-0.5 rounded font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
            >
              {t('viewSite')}
              <ArrowUpRight className="size-3.5" />
              <span className="sr-only">{t('opensInNewTab')}</span>
            </a>
          </span>
        )}
      </p>
    </div>
  );
}

'use client';
// Publishes the draft as a new version and says where it went live.
import { ArrowUpRight, LoaderCircle, Rocket } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { publishAction } from '@/lib/publish/actions';
import { Button } from '@/components/ui/Button';
import { useToast } from '@/components/ui/Toaster';

export function PublishButton({ siteId, liveNumber }: { siteId: string; liveNumber: number | null }) {
  const t = useTranslations('sites.site.publish');
  const format = useFormatter();
  const toast = useToast();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ number: number; url: string } | null>(null);

  function publish() {
    setResult(null);
    startTransition(async () => {
      const response = await publishAction({ siteId }).catch(() => null);
      if (!response?.ok) {
        toast({ tone: 'error', title: t('failed'), description: response?.error.code === 'NOT_FOUND' ? t('notFound') : t('failedBody') });
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
      <Button type="button" onClick={publish} disabled={isPending} className="shadow-sm shadow-brand-700/20">
        {isPending ? <LoaderCircle className="size-4 motion-safe:animate-spin" /> : <Rocket className="size-4" />}
        {isPending ? t('publishing') : liveNumber ? t('republish') : t('publish')}
      </Button>
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

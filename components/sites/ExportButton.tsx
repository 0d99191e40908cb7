'use client';
// Asks for a static export of the live version; the Builds tab then shows it queued, running and
// done, with its download.
import { Download } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { requestStaticExportAction } from '@/lib/builds/actions';
import { Button } from '@/components/ui/Button';
import { useToast } from '@/components/ui/Toaster';

export function ExportButton({ siteId, isPublished }: { siteId: string; isPublished: boolean }) {
  const t = useTranslations('sites.builds.export');
  const toast = useToast();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  function start() {
    startTransition(async () => {
      const result = await requestStaticExportAction({ siteId }).catch(() => null);
      if (result?.ok) {
        toast({ tone: 'success', title: result.data.isNew ? t('started') : t('alreadyRunning') });
        router.refresh();
      } else {
        toast({ tone: 'error', title: t('failed'), description: result && !result.ok ? result.error.message : undefined });
      }
    });
  }

  return (
    <div className="flex flex-col gap-1 sm:items-end">
      <Button type="button" variant="secondary" size="sm" onClick={start} disabled={!isPublished || isPending}>
        <Download className="size-3.5" />
        {isPending ? t('starting') : t('button')}
      </Button>
      {!isPublished && <p className="text-xs text-zinc-500 dark:text-zinc-400">{t('publishFirst')}</p>}
    </div>
  );
}

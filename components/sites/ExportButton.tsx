'use client';
// Asks for an export of the live version in the format chosen (static HTML, a Vite + Vue
// project, a Next.js project or an Angular project); the Builds tab then shows it queued, running and done, with its download.
import { Download } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { requestExportAction } from '@/lib/builds/actions';
import { exportKinds, type ExportKind } from '@/lib/builds/kinds';
import { Button } from '@/components/ui/Button';
import { useToast } from '@/components/ui/Toaster';

export function ExportButton({ siteId, isPublished }: { siteId: string; isPublished: boolean }) {
  const t = useTranslations('sites.builds.export');
  const toast = useToast();
  const router = useRouter();
  const formatId = useId();
  const [kind, setKind] = useState<ExportKind>('export-static');
  const [isPending, startTransition] = useTransition();

  function start() {
    startTransition(async () => {
      const result = await requestExportAction({ siteId, kind }).catch(() => null);
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
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={formatId} className="text-sm text-zinc-600 dark:text-zinc-400">
          {t('format')}
        </label>
        <select
          id={formatId}
          value={kind}
          onChange={(event) => setKind(event.target.value as ExportKind)}
          disabled={!isPublished || isPending}
          className="h-8 min-w-0 rounded-lg border border-zinc-300 bg-white px-2 text-sm text-zinc-900 shadow-xs hover:border-zinc-400 disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
        >
          {exportKinds.map((k) => (
            <option key={k} value={k}>
              {t(`formats.${k}`)}
            </option>
          ))}
        </select>
        <Button type="button" variant="secondary" size="sm" onClick={start} disabled={!isPublished || isPending}>
          <Download className="size-3.5" />
          {isPending ? t('starting') : t(`button.${kind}`)}
        </Button>
      </div>
      {!isPublished && <p className="text-xs text-zinc-500 dark:text-zinc-400">{t('publishFirst')}</p>}
    </div>
  );
}

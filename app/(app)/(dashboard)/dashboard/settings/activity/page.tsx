// Account activity: the owner's own audit log (lib/auth/audit-log.ts), newest first, a page at a
// time by cursor (?cursor=), worded and dated in the owner's language.
import { ArrowLeft, ShieldCheck } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/dashboard/EmptyState';
import { PageHeader } from '@/components/dashboard/PageHeader';
import { ActivityList, type ActivityRow } from '@/components/settings/ActivityList';
import { Button } from '@/components/ui/Button';
import { listAuditEntries, type AuditEntry } from '@/lib/auth/audit-log';
import { requireUser } from '@/lib/auth/require-user';
import { deviceOf } from '@/lib/auth/sessions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('settings.activity');
  return { title: t('metaTitle') };
}

type Props = { searchParams: Promise<{ cursor?: string | string[] }> };

export default async function ActivityPage({ searchParams }: Props) {
  const user = await requireUser();
  const { cursor } = await searchParams;
  const [t, format, page] = await Promise.all([
    getTranslations('settings.activity'),
    getFormatter(),
    listAuditEntries(user, { cursor: typeof cursor === 'string' ? cursor : null }),
  ]);

  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const detailOf = ({ action, meta }: AuditEntry): string => {
    switch (action) {
      case 'signin.success':
        return t.has(`providers.${text(meta.provider)}`) ? t(`providers.${text(meta.provider)}`) : '';
      case 'signin.failure':
        return t.has(`reasons.${text(meta.reason)}`) ? t(`reasons.${text(meta.reason)}`) : '';
      case 'signout.everywhere': {
        const count = typeof meta.ended === 'number' ? meta.ended : 0;
        return meta.keptCurrent ? t('endedOthers', { count }) : t('endedAll', { count });
      }
      case 'password.changed':
        return typeof meta.ended === 'number' && meta.ended > 0 ? t('endedOthers', { count: meta.ended }) : '';
      case 'certificate.exported':
        return meta.format === 'p12' ? t('certificateFormat', { format: 'PKCS#12' }) : meta.format === 'pem' ? t('certificateFormat', { format: 'PEM' }) : '';
      case 'apikey.created':
      case 'apikey.used_new_ip':
      case 'apikey.revoked':
        return text(meta.name) ? t('apiKeyDetail', { name: text(meta.name), prefix: text(meta.prefix) }) : '';
      default:
        return '';
    }
  };
  const deviceName = (userAgent: string) => {
    const { browser, os } = deviceOf(userAgent);
    return browser && os ? t('device', { browser, os }) : browser || os;
  };
  const rows: ActivityRow[] = page.entries.map((entry) => ({
    id: entry.id,
    label: t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}`) : t('otherAction'),
    detail: detailOf(entry),
    device: deviceName(entry.userAgent),
    ip: entry.ip,
    whenIso: entry.createdAt.toISOString(),
    when: format.dateTime(entry.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
    isFailure: entry.action === 'signin.failure',
  }));
  const isFirstPage = typeof cursor !== 'string' || rows.length === 0;

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <Link
        href="/dashboard/settings"
        className="inline-flex items-center gap-1.5 self-start rounded-md text-sm font-medium text-zinc-700 hover:text-zinc-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 dark:text-zinc-300 dark:hover:text-white"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('back')}
      </Link>
      <PageHeader title={t('title')} description={t('description')} />

      {rows.length === 0 ? (
        <EmptyState
          illustration={
            <span className="flex size-16 items-center justify-center rounded-2xl bg-brand-50 text-brand-700 dark:bg-brand-950 dark:text-brand-200">
              <ShieldCheck aria-hidden="true" className="size-8" strokeWidth={1.5} />
            </span>
          }
          title={t('emptyTitle')}
        >
          <p className="mt-3 text-sm leading-6 text-pretty text-zinc-600 dark:text-zinc-400">{t('emptyBody')}</p>
        </EmptyState>
      ) : (
        <ActivityList rows={rows} />
      )}

      {(page.nextCursor || !isFirstPage) && (
        <nav aria-label={t('pagination')} className="flex flex-col gap-3 sm:flex-row sm:justify-between">
          {!isFirstPage ? (
            <Button asChild variant="secondary">
              <Link href="/dashboard/settings/activity">{t('newest')}</Link>
            </Button>
          ) : (
            <span />
          )}
          {page.nextCursor && (
            <Button asChild variant="secondary">
              <Link href={`/dashboard/settings/activity?cursor=${encodeURIComponent(page.nextCursor)}`}>{t('older')}</Link>
            </Button>
          )}
        </nav>
      )}
    </div>
  );
}

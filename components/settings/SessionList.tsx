'use client';
// The devices signed in to the account, each with "End session", and the sign-out-everywhere buttons.
import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { revokeAllSessionsAction, revokeOtherSessionsAction, revokeSessionAction } from '@/lib/auth/account-actions';
import { Button } from '@/components/ui/Button';
import { useToast } from '@/components/ui/Toaster';

// Formatted on the server in the reader's locale.
export type SessionRow = {
  id: string;
  device: string;
  ip: string;
  lastSeen: string;
  lastSeenIso: string;
  lastSeenFull: string;
  signedIn: string;
  isCurrent: boolean;
};

type Busy = { kind: 'one'; id: string } | { kind: 'others' } | { kind: 'all' } | null;

export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const t = useTranslations('settings.sessions');
  const common = useTranslations('settings.errors');
  const toast = useToast();
  const [isPending, startTransition] = useTransition();
  const [busy, setBusy] = useState<Busy>(null);
  const hasOthers = sessions.some((session) => !session.isCurrent);
  const endAllHintId = useId();

  function run(next: Busy, work: () => Promise<void>) {
    setBusy(next);
    startTransition(async () => {
      try {
        await work();
      } catch {
        toast({ tone: 'error', title: common('default') });
      } finally {
        setBusy(null);
      }
    });
  }

  function endOne(session: SessionRow) {
    run({ kind: 'one', id: session.id }, async () => {
      const result = await revokeSessionAction({ sessionId: session.id });
      if (result.ok && result.data.isCurrent) {
        await signOut({ callbackUrl: '/sign-in' });
      } else if (result.ok) {
        toast({ tone: 'success', title: t('ended') });
      } else {
        toast({ tone: 'error', title: result.error.code === 'NOT_FOUND' ? t('notFound') : common('default') });
      }
    });
  }

  function endOthers() {
    run({ kind: 'others' }, async () => {
      const result = await revokeOtherSessionsAction();
      if (!result.ok) throw new Error(result.error.code);
      const { ended } = result.data;
      const title = ended === 0 ? t('endedOthersNone') : ended === 1 ? t('endedOthersOne') : t('endedOthersMany', { count: ended });
      toast({ tone: 'success', title });
    });
  }

  function endAll() {
    run({ kind: 'all' }, async () => {
      const result = await revokeAllSessionsAction();
      if (!result.ok) throw new Error(result.error.code);
      await signOut({ callbackUrl: '/' });
    });
  }

  return (
    <div className="flex flex-col gap-5">
      <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        {sessions.map((session) => {
          const device = session.device || t('unknownDevice');
          const isEnding = busy?.kind === 'one' && busy.id === session.id;
          return (
            <li key={session.id} data-testid="session-row" className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  <span>{device}</span>
                  {session.isCurrent && (
                    <span className="rounded-full bg-brand-100 px-2 py-0.5 text-xs font-medium text-brand-800 dark:bg-brand-900 dark:text-brand-100">
                      {t('thisDevice')}
                    </span>
                  )}
                </p>
                <p className="mt-1 text-sm break-words text-zinc-600 dark:text-zinc-400">
                  <span className="tabular-nums">{session.ip || t('unknownIp')}</span>
                  <span aria-hidden="true" className="px-1.5">
                    ·
                  </span>
                  <time dateTime={session.lastSeenIso} title={session.lastSeenFull}>
                    {t('lastSeen', { time: session.lastSeen })}
                  </time>
                </p>
                <p className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">{t('signedIn', { date: session.signedIn })}</p>
              </div>
              <Button
                type="button"
                variant="secondary"
                size="sm"
                className="self-start sm:self-center"
                aria-label={t('endLabel', { device })}
                disabled={isPending}
                onClick={() => endOne(session)}
              >
                {isEnding ? t('ending') : t('end')}
              </Button>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
        <Button type="button" variant="secondary" disabled={isPending || !hasOthers} onClick={endOthers}>
          {busy?.kind === 'others' ? t('working') : t('endOthers')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          className="text-red-700 dark:text-red-400"
          disabled={isPending}
          onClick={endAll}
          aria-describedby={endAllHintId}
        >
          {busy?.kind === 'all' ? t('working') : t('endAll')}
        </Button>
        <p id={endAllHintId} className="text-xs text-zinc-600 dark:text-zinc-400">
          {t('endAllHint')}
        </p>
      </div>
    </div>
  );
}

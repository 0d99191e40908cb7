'use client';
// Start a batch: one prompt per line, with the count, the credits it will cost and the plan's batch
// size shown as the owner types; a refusal (too many prompts, credits, the spending cap, sites, the
// per-minute limit, a line that is no prompt) is said in plain words and nothing is created.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { createBatchAction } from '@/lib/generate/actions';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';

type Refusal = { text: string; upgrade: boolean };

function promptLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function BatchForm({ limit, plan, creditsLeft, canGoOver }: { limit: number; plan: string; creditsLeft: number; canGoOver: boolean }) {
  const t = useTranslations('dashboard.batches.form');
  const router = useRouter();
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [isPending, startTransition] = useTransition();
  const id = useId();
  const prompts = promptLines(text);
  const count = prompts.length;
  const isTooMany = count > limit;
  const isShort = count > creditsLeft && !canGoOver;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (count === 0) return setRefusal({ text: t('errors.empty'), upgrade: false });
    if (isTooMany) return setRefusal({ text: t('errors.batchPrompts', { allowed: limit, count }), upgrade: true });
    setRefusal(null);
    startTransition(async () => {
      const result = await createBatchAction({ prompts: prompts.map((prompt) => ({ prompt })) }).catch(() => null);
      if (result?.ok) {
        router.push(`/dashboard/batches/${result.data.id}`);
        return;
      }
      setRefusal(refusalOf(result?.error));
    });
  }

  function refusalOf(error: { code: string; details?: unknown; fields?: Record<string, string> } | undefined): Refusal {
    const details = (error?.details ?? {}) as { limit?: string; allowed?: number; retryAfterSeconds?: number };
    if (error?.code === 'PLAN_LIMIT') {
      if (details.limit === 'batchPrompts') return { text: t('errors.batchPrompts', { allowed: details.allowed ?? limit, count }), upgrade: true };
      if (details.limit === 'credits') return { text: t('errors.credits', { count }), upgrade: true };
      if (details.limit === 'spendingCap') return { text: t('errors.spendingCap'), upgrade: true };
      if (details.limit === 'sites') return { text: t('errors.sites', { allowed: details.allowed ?? 0 }), upgrade: true };
    }
    if (error?.code === 'RATE_LIMITED') return { text: t('errors.rateLimited', { seconds: Math.ceil(details.retryAfterSeconds ?? 60) }), upgrade: false };
    const line = Object.keys(error?.fields ?? {})
      .map((path) => /^prompts\.(\d+)/.exec(path)?.[1])
      .find(Boolean);
    if (error?.code === 'INVALID_INPUT' && line !== undefined) return { text: t('errors.prompt', { line: Number(line) + 1 }), upgrade: false };
    return { text: t('errors.default'), upgrade: false };
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-busy={isPending}>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-prompts`} className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
          {t('label')}
        </label>
        <p id={`${id}-hint`} className="text-sm text-zinc-600 dark:text-zinc-400">
          {t('hint')}
        </p>
        <textarea
          id={`${id}-prompts`}
          name="prompts"
          rows={6}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={`${id}-hint ${id}-summary`}
          aria-invalid={isTooMany || undefined}
          placeholder={t('placeholder')}
          className="w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-sm placeholder:text-zinc-500 focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
        />
      </div>

      <dl
        id={`${id}-summary`}
        aria-live="polite"
        className="grid grid-cols-2 gap-px overflow-hidden rounded-xl border border-zinc-200 bg-zinc-200 text-sm sm:grid-cols-4 dark:border-zinc-800 dark:bg-zinc-800"
      >
        <div className="bg-white px-4 py-3 dark:bg-zinc-900">
          <dt className="text-xs text-zinc-600 dark:text-zinc-400">{t('count')}</dt>
          <dd className={cn('mt-0.5 text-lg font-semibold tabular-nums', isTooMany ? 'text-red-700 dark:text-red-400' : 'text-zinc-950 dark:text-white')}>
            {t('countValue', { count })}
          </dd>
        </div>
        <div className="bg-white px-4 py-3 dark:bg-zinc-900">
          <dt className="text-xs text-zinc-600 dark:text-zinc-400">{t('cost')}</dt>
          <dd className="mt-0.5 text-lg font-semibold text-zinc-950 tabular-nums dark:text-white">{t('costValue', { count })}</dd>
        </div>
        <div className="bg-white px-4 py-3 dark:bg-zinc-900">
          <dt className="text-xs text-zinc-600 dark:text-zinc-400">{t('left')}</dt>
          <dd className={cn('mt-0.5 text-lg font-semibold tabular-nums', isShort ? 'text-red-700 dark:text-red-400' : 'text-zinc-950 dark:text-white')}>
            {t('leftValue', { count: creditsLeft })}
          </dd>
        </div>
        <div className="bg-white px-4 py-3 dark:bg-zinc-900">
          <dt className="text-xs text-zinc-600 dark:text-zinc-400">{t('limit')}</dt>
          <dd className="mt-0.5 text-lg font-semibold text-zinc-950 tabular-nums dark:text-white">{t('limitValue', { count: limit, plan })}</dd>
        </div>
      </dl>

      {isTooMany && !refusal && (
        <Alert tone="warning">
          {t('errors.batchPrompts', { allowed: limit, count })}{' '}
          <Link href="/dashboard/billing" className="rounded font-medium underline">
            {t('upgrade')}
          </Link>
        </Alert>
      )}
      {refusal && (
        <Alert tone="error">
          {refusal.text}
          {refusal.upgrade && (
            <>
              {' '}
              <Link href="/dashboard/billing" className="rounded font-medium underline">
                {t('upgrade')}
              </Link>
            </>
          )}
        </Alert>
      )}

      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? t('starting') : t('submit', { count })}
        </Button>
      </div>
    </form>
  );
}

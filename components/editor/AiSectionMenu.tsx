'use client';
// AI on one section, for the editor: rewrite it (shorter, friendlier, more formal, or in another
// language), regenerate it, or add a new section about a topic. Each action costs one credit,
// which the panel says before anything runs; while it runs the controls are disabled and a live
// region says what is happening; failures say why (no credits left, too many requests…). The
// result goes to onResult; the editor puts it in its draft (and its undo history) and autosaves.
import { LoaderCircle, Sparkles } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Popover } from 'radix-ui';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';
import { Input } from '@/components/ui/Input';
import { ApiError } from '@/lib/fetch-json';
import { siteLanguages, type SiteLanguage } from '@/lib/i18n/languages';
import { newSeed, useSectionAi, type AiSection, type SectionAiBody } from './use-section-ai';

export type AiSectionMenuProps = {
  siteId: string;
  // The section the actions apply to; without one, only "Add a section about…" is offered.
  section?: { id: string; type: string; props: unknown };
  // The language the section's page is written in: new sections are written in it.
  language: SiteLanguage;
  // 'replace': put it where `section` was (same id); 'insert-after': a new section after `section`
  // (or at the end of the page when there is none).
  // op: what was asked (a rewrite keeps the section's facts as they were; regenerate and add write new ones).
  onResult(section: AiSection, mode: 'replace' | 'insert-after', op: SectionAiBody['op']): void;
  className?: string;
  // Open from the start: the editor loads this menu when the owner first presses its button.
  defaultOpen?: boolean;
};

// Built from the site's pages and posts: regenerating them would only repeat them.
const notRegenerable = new Set(['navbar', 'footer', 'blogPost']);
const knownErrors = new Set(['PLAN_LIMIT', 'RATE_LIMITED', 'UNAUTHENTICATED', 'NOT_FOUND', 'INVALID_INPUT', 'UPSTREAM_FAILED', 'NETWORK']);

type Action = 'shorter' | 'friendlier' | 'formal' | 'translate' | 'regenerate' | 'add';

const groupClass = 'flex flex-wrap gap-2';
const headingClass = 'text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400';

// A 429 from the plan's AI requests a minute carries how many and the seconds until the next one.
function waitOf(details: unknown): { perMinute: number; retryAfterSeconds: number } | undefined {
  const d = details as { perMinute?: unknown; retryAfterSeconds?: unknown } | undefined;
  return typeof d?.perMinute === 'number' && typeof d.retryAfterSeconds === 'number'
    ? { perMinute: d.perMinute, retryAfterSeconds: d.retryAfterSeconds }
    : undefined;
}

export function AiSectionMenu({ siteId, section, language, onResult, className, defaultOpen = false }: AiSectionMenuProps) {
  const t = useTranslations('ai');
  const titleId = useId();
  const rewriteId = useId();
  const translateId = useId();
  const [open, setOpen] = useState(defaultOpen);
  const [about, setAbout] = useState('');
  const [running, setRunning] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState<
    { kind: 'done'; keptTexts: number } | { kind: 'error'; code: string; message: string; wait?: { perMinute: number; retryAfterSeconds: number } } | null
  >(null);
  const mutation = useSectionAi(siteId);
  const busy = running !== null;

  async function run(action: Action, body: SectionAiBody, mode: 'replace' | 'insert-after') {
    setRunning(action);
    setOutcome(null);
    try {
      const answer = await mutation.mutateAsync(body);
      onResult(answer.section, mode, body.op);
      setOutcome({ kind: 'done', keptTexts: answer.keptTexts });
      if (action === 'add') setAbout('');
    } catch (error) {
      setOutcome(
        error instanceof ApiError
          ? { kind: 'error', code: error.code, message: error.message, wait: waitOf(error.details) }
          : { kind: 'error', code: 'INTERNAL', message: String(error) },
      );
    } finally {
      setRunning(null);
    }
  }

  const rewrite = (instruction: 'shorter' | 'friendlier' | 'formal') => section && run(instruction, { op: 'rewrite', section, instruction }, 'replace');
  const translate = (targetLanguage: SiteLanguage) =>
    section && run('translate', { op: 'rewrite', section, instruction: 'translate', targetLanguage }, 'replace');
  const regenerate = () => section && run('regenerate', { op: 'regenerate', section, seed: newSeed() }, 'replace');
  const add = (event: React.FormEvent) => {
    event.preventDefault();
    const topic = about.trim();
    if (topic.length < 2) {
      setOutcome({ kind: 'error', code: 'EMPTY_TOPIC', message: '' });
      return;
    }
    void run('add', { op: 'add', about: topic, language, seed: newSeed() }, 'insert-after');
  };

  const errorText = (code: string, wait?: { perMinute: number; retryAfterSeconds: number }) =>
    code === 'EMPTY_TOPIC'
      ? t('errors.emptyTopic')
      : code === 'RATE_LIMITED' && wait
        ? t('errors.rateLimitedPlan', { count: wait.perMinute, seconds: wait.retryAfterSeconds })
        : knownErrors.has(code)
          ? t(`errors.${code}`)
          : t('errors.INTERNAL');

  return (
    <Popover.Root open={open} onOpenChange={(next) => (busy ? undefined : setOpen(next))}>
      <Popover.Trigger asChild>
        <Button variant="secondary" size="sm" className={className} aria-label={section ? t('triggerLabel') : t('triggerAddLabel')}>
          <Sparkles aria-hidden="true" className="size-4" />
          {t('trigger')}
        </Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={8}
          collisionPadding={8}
          aria-labelledby={titleId}
          aria-busy={busy}
          className="z-50 max-h-(--radix-popover-content-available-height) w-[min(22rem,calc(100vw-1rem))] space-y-4 overflow-y-auto rounded-xl border border-zinc-200 bg-white p-4 text-sm shadow-xl shadow-zinc-900/10 dark:border-zinc-700 dark:bg-zinc-900 dark:shadow-black/40"
        >
          <div className="space-y-1">
            <h2 id={titleId} className="text-base font-semibold text-zinc-950 dark:text-white">
              {section ? t('title') : t('titleAdd')}
            </h2>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">{t('cost')}</p>
          </div>

          {section && (
            <>
              <div className="space-y-2">
                <h3 id={rewriteId} className={headingClass}>
                  {t('rewrite')}
                </h3>
                <div role="group" aria-labelledby={rewriteId} className={groupClass}>
                  {(['shorter', 'friendlier', 'formal'] as const).map((instruction) => (
                    <Button key={instruction} type="button" variant="secondary" size="sm" disabled={busy} onClick={() => rewrite(instruction)}>
                      {running === instruction && <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />}
                      {t(`instructions.${instruction}`)}
                    </Button>
                  ))}
                </div>
              </div>

              <div className="space-y-2">
                <h3 id={translateId} className={headingClass}>
                  {t('translateTo')}
                </h3>
                <div role="group" aria-labelledby={translateId} className={groupClass}>
                  {/* All three: a section may already be in another language than its page. */}
                  {siteLanguages.map((target) => (
                    <Button key={target} type="button" variant="secondary" size="sm" disabled={busy} lang={target} onClick={() => translate(target)}>
                      {t(`languages.${target}`)}
                    </Button>
                  ))}
                  {running === 'translate' && <LoaderCircle aria-hidden="true" className="size-4 animate-spin self-center" />}
                </div>
              </div>

              {!notRegenerable.has(section.type) && (
                <Button type="button" variant="secondary" size="sm" className="w-full" disabled={busy} onClick={regenerate}>
                  {running === 'regenerate' ? (
                    <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />
                  ) : (
                    <Sparkles aria-hidden="true" className="size-4" />
                  )}
                  {t('regenerate')}
                </Button>
              )}
            </>
          )}

          <form onSubmit={add} className={cn('space-y-2', section && 'border-t border-zinc-200 pt-4 dark:border-zinc-800')}>
            <Input
              label={t('addLabel')}
              hint={t('addHint')}
              value={about}
              maxLength={200}
              disabled={busy}
              onChange={(event) => setAbout(event.target.value)}
              placeholder={t('addPlaceholder')}
            />
            <Button type="submit" size="sm" className="w-full" disabled={busy}>
              {running === 'add' && <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />}
              {t('addSubmit')}
            </Button>
          </form>

          <div className="space-y-2">
            <p role="status" aria-live="polite" className="text-xs text-zinc-700 dark:text-zinc-300">
              {running && t(`working.${running}`)}
              {!running && outcome?.kind === 'done' && (outcome.keptTexts > 0 ? t('doneKept', { count: outcome.keptTexts }) : t('done'))}
            </p>
            {!running && outcome?.kind === 'error' && (
              <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950/60 dark:text-red-200">
                {errorText(outcome.code, outcome.wait)}
              </p>
            )}
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

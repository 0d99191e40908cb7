'use client';
// The site creator: a one-sentence description (plus optional template, language and palette),
// then the generation streamed live from POST /api/generate as NDJSON, then the new site's page.
import { ChevronDown, LoaderCircle, SlidersHorizontal, Sparkles, Ticket } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { emptyBoard, GenerationBoard, type Board, type BoardPalette } from '@/components/sites/GenerationBoard';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { startFromSiteAction } from '@/lib/sites/actions';
import type { KindOption } from '@/components/sites/KindPicker';
import { PromptFacts, type OwnFacts } from '@/components/sites/PromptFacts';
import { usePromptReading } from '@/components/sites/use-prompt-reading';
import type { OriginParts } from '@/components/sites/AddressField';
import { useAddressCheck } from '@/components/sites/use-address-check';
import { cn } from '@/components/ui/cn';
import { ApiError, fetchOk } from '@/lib/fetch-json';
import { hasWords } from '@/lib/generate/prompt-words';
import type { GenerationEvent } from '@/lib/generate/types';
import { siteLanguages, type UiLocale } from '@/lib/i18n/languages';
import { slugify } from '@/lib/sites/slug';

type TemplateOption = { id: string; label: string; description: string };
type PaletteOption = BoardPalette;
type Credits = { allowance: number; used: number; remaining: number };
type Phase = 'idle' | 'generating' | 'done';

const MAX_PROMPT = 1000;
// Sections that arrive together are revealed one after another, this far apart.
const STAGGER_MS = 45;
const examples = [
  { key: 'ptBakery', lang: 'pt-BR' },
  { key: 'enYoga', lang: 'en' },
  { key: 'esSalon', lang: 'es' },
  { key: 'ptSeafood', lang: 'pt-BR' },
  { key: 'enCoffee', lang: 'en' },
  { key: 'esStudio', lang: 'es' },
] as const;
const languageOptions = ['auto', ...siteLanguages] as const;

// What a section says, in a few words, to show under its label as it streams in.
function snippetOf(props: Record<string, unknown>): string {
  for (const key of ['headline', 'heading', 'title', 'tagline', 'logoText']) {
    const value = props[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return '';
}

function subscribeNothing() {
  return () => {};
}

function usesCommandKey() {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

class StreamError extends Error {
  constructor(
    readonly code: string,
    readonly phase: 'request' | 'stream',
    readonly limit?: string,
    // A 429 from the plan's generations a minute: how many, and the seconds until the next one.
    readonly wait?: { perMinute: number; retryAfterSeconds: number },
  ) {
    super(code);
  }
}

export function NewSiteForm({
  templates,
  palettes,
  sectionLabels,
  headingFonts,
  credits,
  creditNote,
  initialTemplateId,
  kinds,
  locale,
  addressParts,
}: {
  // How a site's URL looks here (<scheme><slug><suffix>), for the address preview.
  addressParts: OriginParts;
  // The catalogue's kinds of business, labelled in the owner's language, for the kind picker.
  kinds: KindOption[];
  locale: UiLocale;
  templates: TemplateOption[];
  palettes: PaletteOption[];
  sectionLabels: Record<string, string>;
  headingFonts: Record<string, string>;
  credits: Credits;
  // Replaces the credit line when the plan bills extra credits or the spending cap is reached.
  creditNote?: { text: string; isWarning: boolean };
  // Preselected from the gallery's "Use this template" (/dashboard/sites/new?template=<id>).
  initialTemplateId?: string;
}) {
  const t = useTranslations('sites.new');
  const router = useRouter();
  const ids = { prompt: useId(), hint: useId(), counter: useId(), template: useId(), language: useId(), templateHint: useId(), error: useId() };
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const revealRef = useRef(0);
  const navigateTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);

  const [prompt, setPrompt] = useState('');
  const [templateId, setTemplateId] = useState(initialTemplateId ?? 'auto');
  const [language, setLanguage] = useState<(typeof languageOptions)[number]>('auto');
  const [paletteId, setPaletteId] = useState('auto');
  const [phase, setPhase] = useState<Phase>('idle');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ message: string; isPlanLimit: boolean } | null>(null);
  const [creditsLeft, setCreditsLeft] = useState(credits.remaining);
  const [board, setBoard] = useState<Board>(emptyBoard);
  const isMac = useSyncExternalStore(subscribeNothing, usesCommandKey, () => false);
  // What the owner corrected in "What we understood"; the rest follows the prompt as they type.
  const [own, setOwn] = useState<OwnFacts>({});
  const [isStarting, setIsStarting] = useState(false);
  const readingQuery = usePromptReading(prompt, locale, true);
  const reading = prompt.trim().length >= 3 ? readingQuery.data : undefined;
  const addressRef = useRef<HTMLInputElement>(null);
  // The address follows the understood name until the owner types their own; one made from the name
  // that is taken gives way to the free one the check suggests.
  const readName = (own.name ?? reading?.name ?? '').trim();
  const nameSlug = readName ? slugify(readName) : '';
  const nameCheck = useAddressCheck(own.slug === undefined ? nameSlug : '');
  const autoSlug = nameCheck.status === 'taken' ? nameCheck.suggestion : nameSlug;
  const slug = own.slug ?? autoSlug;
  const addressState = useAddressCheck(slug);

  useEffect(
    () => () => {
      abortRef.current?.abort();
      if (navigateTimer.current) clearTimeout(navigateTimer.current);
    },
    [],
  );

  const isBusy = phase !== 'idle';

  // On small screens the board starts below the fold: bring it up once, as it appears.
  useEffect(() => {
    if (phase !== 'generating') return;
    const board = boardRef.current;
    if (!board || board.getBoundingClientRect().top < window.innerHeight * 0.6) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    board.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  }, [phase]);

  const trimmed = prompt.trim();
  const selectedTemplate = templates.find((template) => template.id === templateId);
  const paletteName = (id: string) => (t.has(`palettes.${id}`) ? t(`palettes.${id}`) : id);

  function errorMessage(code: string, at: 'request' | 'stream', limit?: string, wait?: StreamError['wait']): string {
    switch (code) {
      case 'PLAN_LIMIT':
        return limit === 'sites' ? t('errors.planLimitSites') : limit === 'spendingCap' ? t('errors.planLimitCap') : t('errors.planLimit');
      case 'RATE_LIMITED':
        return wait ? t('errors.rateLimitedPlan', { count: wait.perMinute, seconds: wait.retryAfterSeconds }) : t('errors.rateLimited');
      case 'UNAUTHENTICATED':
        return t('errors.unauthenticated');
      case 'INVALID_INPUT':
      case 'BAD_REQUEST':
        return at === 'request' ? t('errors.invalidPrompt') : t('errors.failed');
      case 'CONFLICT':
        return t('errors.addressTaken');
      case 'NETWORK':
        return t('errors.network');
      case 'INTERRUPTED':
        return t('errors.interrupted');
      default:
        return t('errors.failed');
    }
  }

  // The delay before this item's enter transition, so items that arrive together cascade.
  function nextDelay(): number {
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) return 0;
    const now = performance.now();
    const at = Math.max(now, revealRef.current + STAGGER_MS);
    revealRef.current = at;
    return Math.round(at - now);
  }

  function handle(event: GenerationEvent): 'done' | null {
    switch (event.type) {
      case 'started':
        setStatus(event.cached ? t('status.cached') : t('status.started'));
        return null;
      case 'theme': {
        const { palette, fonts } = event.theme;
        setBoard((b) => ({
          ...b,
          business: { name: event.business.name, tagline: event.business.tagline ?? '', city: event.business.city ?? '' },
          palette,
          headingFont: headingFonts[fonts.heading] ?? null,
        }));
        setStatus(t('status.theme', { name: event.business.name }));
        return null;
      }
      case 'page': {
        const delayMs = nextDelay();
        setBoard((b) => ({ ...b, pages: [...b.pages, { ...event.page, delayMs, sections: [] }] }));
        setStatus(t('status.page', { title: event.page.title }));
        return null;
      }
      case 'section': {
        const delayMs = nextDelay();
        const section = { id: event.section.id, type: event.section.type, snippet: snippetOf(event.section.props ?? {}), delayMs };
        setBoard((b) => ({
          ...b,
          pages: b.pages.map((page) => (page.id === event.pageId ? { ...page, sections: [...page.sections, section] } : page)),
        }));
        return null;
      }
      case 'done': {
        if (!event.siteId) throw new StreamError('INTERNAL', 'stream');
        const siteId = event.siteId;
        setPhase('done');
        setStatus(t('status.done'));
        // Let the last sections finish their entrance, then open the new site.
        const wait = Math.min(2500, Math.max(0, revealRef.current - performance.now()) + 700);
        navigateTimer.current = setTimeout(() => router.push(`/editor/${siteId}`), wait);
        return 'done';
      }
      case 'failed':
        throw new StreamError(event.error?.code ?? 'INTERNAL', 'stream', event.error?.limit);
      default:
        return null;
    }
  }

  // The values the owner saw (and maybe corrected) in "What we understood", which the site must keep.
  function confirmedFacts() {
    if (!reading && !Object.keys(own).length) return undefined;
    const name = (own.name ?? reading?.name ?? '').trim();
    const kind = own.kind !== undefined ? own.kind : reading?.kind;
    const place = (own.place ?? reading?.place ?? '').trim();
    return { ...(name && { name }), ...(kind !== undefined && { kindId: kind ? kind.id : null }), place };
  }

  async function startFrom(siteId: string) {
    setIsStarting(true);
    setError(null);
    const name = (own.name ?? reading?.name ?? '').trim();
    const result = await startFromSiteAction({ siteId, ...(name && { name }) });
    if (result.ok) {
      router.push(`/editor/${result.data.siteId}`);
      return;
    }
    setIsStarting(false);
    setError({
      message: result.error.code === 'PLAN_LIMIT' ? t('errors.planLimitSites') : t('errors.startFromFailed'),
      isPlanLimit: result.error.code === 'PLAN_LIMIT',
    });
  }

  async function generate() {
    const controller = new AbortController();
    abortRef.current = controller;
    const body = {
      prompt: trimmed,
      ...(templateId !== 'auto' && { templateId }),
      ...(language !== 'auto' && { language }),
      ...(paletteId !== 'auto' && { paletteId }),
      ...(confirmedFacts() && { facts: confirmedFacts() }),
      // An address made from the name goes only once it is known to be free; without one the server
      // makes the same kind of address from the name.
      ...(slug && (own.slug !== undefined || addressState.status === 'free') && { slug }),
    };
    let response: Response;
    try {
      response = await fetchOk('/api/generate', { method: 'POST', json: body, signal: controller.signal });
    } catch (error) {
      const failure = error instanceof ApiError ? error : null;
      const details = failure?.details as { limit?: string; perMinute?: unknown; retryAfterSeconds?: unknown } | undefined;
      const wait =
        typeof details?.perMinute === 'number' && typeof details.retryAfterSeconds === 'number'
          ? { perMinute: details.perMinute, retryAfterSeconds: details.retryAfterSeconds }
          : undefined;
      throw new StreamError(failure?.code ?? 'INTERNAL', 'request', details?.limit, wait);
    }
    if (!response.body) throw new StreamError('INTERNAL', 'request');

    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let finished = false;
    const take = (line: string) => {
      if (!line.trim()) return;
      let event: GenerationEvent;
      try {
        event = JSON.parse(line) as GenerationEvent;
      } catch {
        throw new StreamError('INTERNAL', 'stream');
      }
      if (handle(event) === 'done') finished = true;
    };
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let newline = buffer.indexOf('\n');
        while (newline >= 0) {
          take(buffer.slice(0, newline));
          buffer = buffer.slice(newline + 1);
          newline = buffer.indexOf('\n');
        }
      }
      take(buffer + decoder.decode());
    } catch (error) {
      if (error instanceof StreamError) throw error;
      throw new StreamError(controller.signal.aborted ? 'ABORTED' : 'INTERRUPTED', 'stream');
    }
    if (!finished) throw new StreamError('INTERRUPTED', 'stream');
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isBusy) return;
    if (trimmed.length < 3 || !hasWords(trimmed)) {
      // Emoji, digits or a bare link say nothing we can read: the owner hears why before anything is sent.
      setError({ message: t(trimmed.length < 3 ? 'errors.tooShort' : 'errors.needsWords'), isPlanLimit: false });
      textareaRef.current?.focus();
      return;
    }
    if (reading && own.slug !== undefined && (addressState.status === 'taken' || addressState.status === 'invalid' || !slug)) {
      setError({ message: t(addressState.status === 'taken' ? 'errors.addressTaken' : 'errors.addressInvalid'), isPlanLimit: false });
      addressRef.current?.focus();
      return;
    }
    setError(null);
    setBoard(emptyBoard);
    revealRef.current = 0;
    setPhase('generating');
    setStatus(t('status.connecting'));
    try {
      await generate();
    } catch (caught) {
      const failure = caught instanceof StreamError ? caught : new StreamError('INTERNAL', 'stream');
      if (failure.code === 'ABORTED') return; // the owner left the page
      setPhase('idle');
      setStatus('');
      setBoard(emptyBoard);
      setError({ message: errorMessage(failure.code, failure.phase, failure.limit, failure.wait), isPlanLimit: failure.code === 'PLAN_LIMIT' });
      if (failure.code === 'PLAN_LIMIT' && failure.limit !== 'sites') setCreditsLeft(0);
      // Back to the prompt, kept as it was, so retrying is one keystroke.
      requestAnimationFrame(() => textareaRef.current?.focus());
    }
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  function applyExample(text: string) {
    setPrompt(text);
    setError(null);
    const textarea = textareaRef.current;
    if (textarea) {
      textarea.focus();
      requestAnimationFrame(() => textarea.setSelectionRange(text.length, text.length));
    }
  }

  const selectClass =
    'h-10 w-full appearance-none rounded-lg border border-zinc-300 bg-white pr-9 pl-3 text-sm text-zinc-900 shadow-xs transition-colors hover:border-zinc-400 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:border-zinc-600';

  return (
    <div className="space-y-6">
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-describedby={error ? ids.error : undefined} className="space-y-6">
        {error && (
          <div id={ids.error}>
            <Alert tone="error" className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
              <span>{error.message}</span>
              {error.isPlanLimit && (
                <Link href="/dashboard/billing" className="rounded font-semibold underline underline-offset-2">
                  {t('errors.seePlans')}
                </Link>
              )}
            </Alert>
          </div>
        )}

        <div>
          <label htmlFor={ids.prompt} className="text-sm font-semibold text-zinc-950 dark:text-white">
            {t('promptLabel')}
          </label>
          <p id={ids.hint} className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            {t('promptHint')}
          </p>
          <div
            className={cn(
              'relative mt-3 rounded-2xl border bg-white shadow-sm transition-[border-color,box-shadow] dark:bg-zinc-900',
              'focus-within:border-brand-400 focus-within:shadow-[0_0_0_4px_var(--color-brand-100)] dark:focus-within:border-brand-600 dark:focus-within:shadow-[0_0_0_4px_oklch(0.3_0.12_285/0.5)]',
              error && !isBusy ? 'border-red-400 dark:border-red-700' : 'border-zinc-300 dark:border-zinc-700',
            )}
          >
            <textarea
              ref={textareaRef}
              id={ids.prompt}
              name="prompt"
              rows={4}
              maxLength={MAX_PROMPT}
              required
              value={prompt}
              readOnly={isBusy}
              aria-invalid={error && !isBusy ? true : undefined}
              aria-describedby={`${ids.hint} ${ids.counter}`}
              placeholder={t('placeholder')}
              onChange={(event) => setPrompt(event.target.value)}
              onKeyDown={onKeyDown}
              // The card around it shows focus; the global outline would draw a second ring inside it.
              style={{ outline: 'none' }}
              className="block min-h-32 w-full resize-y rounded-t-2xl bg-transparent px-4 pt-4 pb-2 text-base leading-7 text-zinc-950 placeholder:text-zinc-400 read-only:text-zinc-600 sm:px-5 sm:text-lg dark:text-white dark:placeholder:text-zinc-500 dark:read-only:text-zinc-300"
            />
            <div className="flex flex-col gap-3 border-t border-zinc-100 px-3 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-4 dark:border-zinc-800">
              <div className="flex items-center gap-3 px-1 text-xs text-zinc-500 dark:text-zinc-400">
                <span id={ids.counter} className={cn('tabular-nums', prompt.length > MAX_PROMPT - 100 && 'text-amber-700 dark:text-amber-400')}>
                  {t('counter', { count: prompt.length, max: MAX_PROMPT })}
                </span>
                <span aria-hidden="true" className="hidden items-center gap-1 sm:inline-flex">
                  <kbd className="rounded border border-zinc-200 bg-zinc-50 px-1.5 py-0.5 font-sans text-[11px] font-medium text-zinc-600 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
                    {isMac ? t('keyCmd') : t('keyCtrl')}
                  </kbd>
                  <kbd className="rounded border border-zinc-200 bg-zinc-50 px-1.5 py-0.5 font-sans text-[11px] font-medium text-zinc-600 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
                    {t('keyEnter')}
                  </kbd>
                  <span>{t('shortcut')}</span>
                </span>
              </div>
              <div className="flex flex-col-reverse gap-2 sm:flex-row sm:items-center sm:gap-4">
                <p
                  className={cn(
                    'flex items-center justify-center gap-1.5 text-xs sm:justify-end',
                    (creditNote ? !creditNote.isWarning : creditsLeft > 0)
                      ? 'text-zinc-600 dark:text-zinc-400'
                      : 'font-medium text-amber-800 dark:text-amber-300',
                  )}
                >
                  <Ticket className="size-4 shrink-0" />
                  {creditNote ? creditNote.text : creditsLeft > 0 ? t('credit', { remaining: creditsLeft }) : t('noCredits', { allowance: credits.allowance })}
                </p>
                <Button type="submit" size="lg" disabled={isBusy} className="w-full rounded-xl shadow-md shadow-brand-700/25 sm:w-auto">
                  {isBusy ? <LoaderCircle className="size-4 motion-safe:animate-spin" /> : <Sparkles className="size-4" />}
                  {phase === 'done' ? t('opening') : isBusy ? t('generating') : t('submit')}
                </Button>
              </div>
            </div>
          </div>
        </div>

        <PromptFacts
          reading={reading}
          isReading={readingQuery.isFetching}
          own={own}
          onOwnChange={setOwn}
          kinds={kinds}
          language={language}
          onLanguageChange={setLanguage}
          paletteId={paletteId}
          onPaletteChange={setPaletteId}
          paletteIds={palettes.map((p) => p.id)}
          paletteName={paletteName}
          disabled={isBusy}
          onStartFrom={startFrom}
          isStarting={isStarting}
          address={{ value: slug, state: addressState, parts: addressParts, inputRef: addressRef }}
        />

        {!isBusy && (
          <>
            <div>
              <h2 className="text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{t('examplesTitle')}</h2>
              <ul className="mt-3 flex flex-wrap gap-2">
                {examples.map(({ key, lang }) => {
                  const text = t(`examples.${key}`);
                  return (
                    <li key={key} className="w-full sm:w-auto sm:max-w-full">
                      <button
                        type="button"
                        onClick={() => applyExample(text)}
                        aria-label={t('useExample', { prompt: text })}
                        className="group inline-flex w-full items-start gap-2 rounded-2xl border border-zinc-200 bg-white py-1.5 pr-3.5 pl-1.5 text-left text-sm text-zinc-700 shadow-xs sm:w-auto sm:items-center sm:rounded-full transition-colors hover:border-brand-300 hover:bg-brand-50 hover:text-brand-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:border-brand-700 dark:hover:bg-brand-950/50 dark:hover:text-brand-100"
                      >
                        <span className="mt-px shrink-0 rounded-full bg-zinc-100 px-1.5 py-0.5 text-[10px] sm:mt-0 font-semibold tracking-wide text-zinc-600 uppercase group-hover:bg-brand-100 group-hover:text-brand-800 dark:bg-zinc-800 dark:text-zinc-400 dark:group-hover:bg-brand-900 dark:group-hover:text-brand-100">
                          {t(`exampleLanguages.${key}`)}
                        </span>
                        <span lang={lang} className="min-w-0">
                          {text}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>

            <details
              open={initialTemplateId ? true : undefined}
              className="group rounded-2xl border border-zinc-200 bg-white shadow-xs dark:border-zinc-800 dark:bg-zinc-900"
            >
              <summary className="flex cursor-pointer list-none items-center gap-3 rounded-2xl px-4 py-3.5 select-none sm:px-5 [&::-webkit-details-marker]:hidden">
                <span className="flex size-8 shrink-0 items-center justify-center rounded-lg bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
                  <SlidersHorizontal className="size-4" />
                </span>
                <span className="min-w-0 flex-1">
                  <span className="block text-sm font-semibold text-zinc-950 dark:text-white">{t('options')}</span>
                  <span className="block truncate text-xs text-zinc-500 dark:text-zinc-400">
                    {t('optionsSummary', {
                      template: selectedTemplate?.label ?? t('templateAuto'),
                      language: t(`languages.${language}`),
                      palette: paletteId === 'auto' ? t('paletteAuto') : paletteName(paletteId),
                    })}
                  </span>
                </span>
                <ChevronDown className="size-4 shrink-0 text-zinc-500 transition-transform group-open:rotate-180 motion-reduce:transition-none" />
              </summary>
              <div className="space-y-6 border-t border-zinc-100 px-4 py-5 sm:px-5 dark:border-zinc-800">
                <div className="grid gap-5 sm:grid-cols-2">
                  <div className="flex flex-col gap-1.5">
                    <label htmlFor={ids.template} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
                      {t('template')}
                    </label>
                    <div className="relative">
                      <select
                        id={ids.template}
                        value={templateId}
                        onChange={(event) => setTemplateId(event.target.value)}
                        aria-describedby={ids.templateHint}
                        className={selectClass}
                      >
                        <option value="auto">{t('templateAuto')}</option>
                        {templates.map((template) => (
                          <option key={template.id} value={template.id}>
                            {template.label}
                          </option>
                        ))}
                      </select>
                      <ChevronDown className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-zinc-500" />
                    </div>
                    <p id={ids.templateHint} className="text-xs text-zinc-600 dark:text-zinc-400">
                      {selectedTemplate?.description ?? t('templateAutoHint')}
                    </p>
                  </div>
                  <div className="flex flex-col gap-1.5">
                    <label htmlFor={ids.language} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
                      {t('language')}
                    </label>
                    <div className="relative">
                      <select
                        id={ids.language}
                        value={language}
                        onChange={(event) => setLanguage(event.target.value as (typeof languageOptions)[number])}
                        className={selectClass}
                      >
                        {languageOptions.map((option) => (
                          <option key={option} value={option} lang={option === 'auto' ? undefined : option}>
                            {t(`languages.${option}`)}
                          </option>
                        ))}
                      </select>
                      <ChevronDown className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-zinc-500" />
                    </div>
                    <p className="text-xs text-zinc-600 dark:text-zinc-400">{t('languageHint')}</p>
                  </div>
                </div>

                <fieldset>
                  <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">{t('palette')}</legend>
                  <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
                    {[{ id: 'auto' } as { id: string } & Partial<PaletteOption>, ...palettes].map((palette) => {
                      const isAuto = palette.id === 'auto';
                      return (
                        <label
                          key={palette.id}
                          className="flex cursor-pointer items-center gap-2.5 rounded-xl border border-zinc-200 bg-white px-2.5 py-2 text-sm text-zinc-800 transition-colors hover:border-zinc-300 has-checked:border-brand-500 has-checked:bg-brand-50 has-checked:text-brand-900 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:border-zinc-600 dark:has-checked:border-brand-500 dark:has-checked:bg-brand-950/60 dark:has-checked:text-brand-100"
                        >
                          <input
                            type="radio"
                            name="palette"
                            value={palette.id}
                            checked={paletteId === palette.id}
                            onChange={() => setPaletteId(palette.id)}
                            className="sr-only"
                          />
                          {isAuto ? (
                            <span
                              aria-hidden="true"
                              className="size-6 shrink-0 rounded-full bg-[conic-gradient(from_90deg,#9a3f1f,#d9825b,#2f6b3a,#0b5c8e,#5b3d9e,#a3324f,#9a3f1f)] ring-1 ring-black/10"
                            />
                          ) : (
                            <span aria-hidden="true" className="flex h-6 w-9 shrink-0 overflow-hidden rounded-md ring-1 ring-black/10 dark:ring-white/15">
                              <span className="flex-1" style={{ backgroundColor: palette.background }} />
                              <span className="flex-1" style={{ backgroundColor: palette.primary }} />
                              <span className="flex-1" style={{ backgroundColor: palette.accent }} />
                              <span className="flex-1" style={{ backgroundColor: palette.text }} />
                            </span>
                          )}
                          <span className="truncate">{isAuto ? t('paletteAuto') : paletteName(palette.id)}</span>
                        </label>
                      );
                    })}
                  </div>
                </fieldset>
              </div>
            </details>
          </>
        )}
      </form>

      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
      <div ref={boardRef} className="scroll-mt-20">
        {isBusy && (
          <GenerationBoard
            board={board}
            status={status}
            phase={phase === 'done' ? 'done' : 'generating'}
            sectionLabels={sectionLabels}
            paletteName={board.palette ? paletteName(board.palette.id) : null}
          />
        )}
      </div>
    </div>
  );
}

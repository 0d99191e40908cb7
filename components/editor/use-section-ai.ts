'use client';
// The editor's client for AI on one section: POST /api/sites/:id/sections/ai as a React Query
// mutation. No retries: each attempt can cost a credit, so only the owner decides to try again.
import { useMutation } from '@tanstack/react-query';
import type { RewriteInstruction } from '@/lib/generate/types';
import type { SiteLanguage } from '@/lib/i18n/languages';

export type AiSection = { id: string; type: string; props: Record<string, unknown> };

export type SectionAiBody =
  | { op: 'rewrite'; section: { id: string; type: string; props: unknown }; instruction: Exclude<RewriteInstruction, 'translate'> }
  | { op: 'rewrite'; section: { id: string; type: string; props: unknown }; instruction: 'translate'; targetLanguage: SiteLanguage }
  | { op: 'regenerate'; section: { id: string; type: string; props: unknown }; seed: number }
  | { op: 'add'; about: string; language: SiteLanguage; seed: number };

export type SectionAiAnswer = { section: AiSection; keptTexts: number; generationId: string };

// The error shape every route answers with (lib/http.ts), or NETWORK when no answer came.
export class SectionAiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SectionAiError';
  }
}

async function postSectionAi(siteId: string, body: SectionAiBody, signal?: AbortSignal): Promise<SectionAiAnswer> {
  let res: Response;
  try {
    res = await fetch(`/api/sites/${encodeURIComponent(siteId)}/sections/ai`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
  } catch {
    throw new SectionAiError('NETWORK', 'The server could not be reached.');
  }
  const json = (await res.json().catch(() => null)) as { section?: AiSection; keptTexts?: number; generationId?: string; error?: { code: string; message: string } } | null;
  if (!res.ok || !json?.section) throw new SectionAiError(json?.error?.code ?? 'INTERNAL', json?.error?.message ?? `HTTP ${res.status}`);
  return { section: json.section, keptTexts: json.keptTexts ?? 0, generationId: json.generationId ?? '' };
}

export function useSectionAi(siteId: string) {
  return useMutation<SectionAiAnswer, SectionAiError, SectionAiBody>({
    mutationFn: (body) => postSectionAi(siteId, body),
    retry: false,
  });
}

// A fresh seed for "regenerate" and "add", so each click gives something new.
export function newSeed(): number {
  const values = new Uint32Array(1);
  crypto.getRandomValues(values);
  return values[0] % 2_147_483_647;
}

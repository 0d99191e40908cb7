'use client';
// The editor's client for AI on one section: POST /api/sites/:id/sections/ai as a React Query
// mutation. No retries: each attempt can cost a credit, so only the owner decides to try again.
import { useMutation } from '@tanstack/react-query';
import { loadSectionRender } from '@/lib/render/sections/registry';
import { ApiError, fetchJson } from '@/lib/fetch-json';
import type { RewriteInstruction } from '@/lib/generate/types';
import type { SiteLanguage } from '@/lib/i18n/languages';

export type AiSection = { id: string; type: string; props: Record<string, unknown> };

export type SectionAiBody =
  | { op: 'rewrite'; section: { id: string; type: string; props: unknown }; instruction: Exclude<RewriteInstruction, 'translate'> }
  | { op: 'rewrite'; section: { id: string; type: string; props: unknown }; instruction: 'translate'; targetLanguage: SiteLanguage }
  | { op: 'regenerate'; section: { id: string; type: string; props: unknown }; seed: number }
  | { op: 'add'; about: string; language: SiteLanguage; seed: number };

export type SectionAiAnswer = { section: AiSection; keptTexts: number; generationId: string };

// Failures are ApiErrors: the route's error shape (lib/http.ts), or NETWORK when no answer came.
async function postSectionAi(siteId: string, body: SectionAiBody, signal?: AbortSignal): Promise<SectionAiAnswer> {
  const json = await fetchJson<Partial<SectionAiAnswer> | undefined>(`/api/sites/${encodeURIComponent(siteId)}/sections/ai`, {
    method: 'POST',
    json: body,
    signal,
  });
  if (!json?.section) throw new ApiError('BAD_RESPONSE', 'The answer has no section.', 200);
  return { section: json.section, keptTexts: json.keptTexts ?? 0, generationId: json.generationId ?? '' };
}

export function useSectionAi(siteId: string) {
  return useMutation<SectionAiAnswer, ApiError, SectionAiBody>({
    // The answer's section type may be new to the site: its component loads before the section
    // lands on the canvas.
    mutationFn: async (body) => {
      const answer = await postSectionAi(siteId, body);
      await loadSectionRender(answer.section.type).catch(() => {});
      return answer;
    },
    retry: false,
  });
}

// A fresh seed for "regenerate" and "add", so each click gives something new.
export function newSeed(): number {
  const values = new Uint32Array(1);
  crypto.getRandomValues(values);
  return values[0] % 2_147_483_647;
}

'use client';
// What the prompt was understood to say, read from POST /api/generate/understand while the owner
// types: once they pause (debounced), cached per prompt, the previous request cancelled.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

// Mirrors lib/generate/prompt-reading.ts PromptReading.
export type PromptReading = {
  name: string | null;
  kind: { id: string; label: string } | null;
  kindAlternatives: Array<{ id: string; label: string }>;
  place: string | null;
  language: 'en' | 'pt-BR' | 'es';
  foreignLanguage: string | null;
  paletteId: string | null;
  offers: string[];
  similarSite: { siteId: string; name: string; prompt: string; similarity: number } | null;
};

const PAUSE_MS = 350;

export function usePromptReading(prompt: string, locale: string, enabled: boolean) {
  const [settled, setSettled] = useState(prompt.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSettled(prompt.trim()), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [prompt]);
  return useQuery({
    queryKey: ['prompt-reading', settled, locale],
    enabled: enabled && settled.length >= 3,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
    queryFn: async ({ signal }): Promise<PromptReading> => {
      const res = await fetch('/api/generate/understand', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: settled, locale }),
        signal,
      });
      if (!res.ok) throw new Error(`understand ${res.status}`);
      return (await res.json()) as PromptReading;
    },
  });
}

'use client';
// What the prompt was understood to say, read from POST /api/generate/understand while the owner
// types: once they pause (debounced), cached per prompt, the previous request cancelled.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fetchJson } from '@/lib/fetch-json';
import type { PromptReading } from '@/lib/generate/prompt-reading';

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
    queryFn: ({ signal }) => fetchJson<PromptReading>('/api/generate/understand', { method: 'POST', json: { prompt: settled, locale }, signal }),
  });
}

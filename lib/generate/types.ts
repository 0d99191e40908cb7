// The one interface every site generator implements, and the events a generation streams.
import { z } from 'zod';
import type { Business, Section, SiteDocument, SiteLanguage } from '@/lib/sites/document';
import { siteLanguageSchema } from '@/lib/sites/document';
import type { Theme } from '@/lib/sites/theme';

export const generateRequestSchema = z.object({
  prompt: z.string().trim().min(3, 'Describe your business in a few words.').max(1000, 'Keep the description under 1,000 characters.'),
  templateId: z.string().max(40).optional(),
  language: siteLanguageSchema.optional(),
  paletteId: z.string().max(40).optional(),
  seed: z.number().int().min(0).max(2_147_483_647).default(1),
});
export type GenerateRequest = z.infer<typeof generateRequestSchema>;

export type GenerationEvent =
  | { type: 'started'; generationId: string; cached: boolean; generator: string }
  | { type: 'theme'; theme: Theme; business: Business; language: SiteLanguage }
  | { type: 'page'; page: { id: string; path: string; title: string } }
  | { type: 'section'; pageId: string; section: Section }
  | { type: 'done'; document: SiteDocument; siteId?: string; slug?: string }
  | { type: 'failed'; error: { code: string; message: string } };

export type GenerationUsage = { model: string; promptTokens: number; completionTokens: number; costMicros: number };

export type Emit = (event: GenerationEvent) => void;

export interface Generator {
  readonly name: 'offline' | 'openai';
  readonly model: string;
  generate(request: GenerateRequest, emit: Emit, signal?: AbortSignal): Promise<{ document: SiteDocument; usage: GenerationUsage }>;
}

// Replays a finished document as the events a live generation would have sent.
export function documentEvents(document: SiteDocument): GenerationEvent[] {
  const events: GenerationEvent[] = [{ type: 'theme', theme: document.theme, business: document.business, language: document.language }];
  for (const page of document.pages) {
    events.push({ type: 'page', page: { id: page.id, path: page.path, title: page.title } });
    for (const section of page.sections) events.push({ type: 'section', pageId: page.id, section });
  }
  return events;
}

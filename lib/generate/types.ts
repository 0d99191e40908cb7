// The one interface every site generator implements, and the events a generation streams.
import { z } from 'zod';
import type { SiteLanguage } from '@/lib/i18n/languages';
import { siteLanguageSchema } from '@/lib/i18n/schemas';
import type { Business, Section, SiteDocument } from '@/lib/sites/document';
import { sectionSchema } from '@/lib/sites/document';
import { slugSchema } from '@/lib/sites/slug';
import type { Theme } from '@/lib/sites/theme';
import { hasWords } from './prompt-words';

// What the owner confirmed on the New site screen; each one replaces what the prompt seemed to say.
export const confirmedFactsSchema = z.object({
  name: z.string().trim().min(1, 'Give the business a name.').max(60, 'Keep the name under 60 characters.').optional(),
  // A catalogue kind id; null means "none of these" (an honest, neutral site from the prompt's words).
  kindId: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'Pick a kind of business from the list.')
    .nullable()
    .optional(),
  place: z.string().trim().max(60, 'Keep the place under 60 characters.').optional(),
});
export type ConfirmedFacts = z.infer<typeof confirmedFactsSchema>;

export const generateRequestSchema = z.object({
  prompt: z
    .string()
    .trim()
    .min(3, 'Describe your business in a few words.')
    .max(1000, 'Keep the description under 1,000 characters.')
    .refine(hasWords, 'Describe your business in words: what it is, its name and where it is (we cannot open links).'),
  templateId: z.string().max(40).optional(),
  language: siteLanguageSchema.optional(),
  paletteId: z.string().max(40).optional(),
  facts: confirmedFactsSchema.optional(),
  // The address the owner chose on the New site screen; without it one is made from the name.
  slug: slugSchema.optional(),
  seed: z.number().int().min(0).max(2_147_483_647).default(1),
});
export type GenerateRequest = z.infer<typeof generateRequestSchema>;

export type GenerationEvent =
  | { type: 'started'; generationId: string; cached: boolean; generator: string }
  | { type: 'theme'; theme: Theme; business: Business; language: SiteLanguage }
  | { type: 'page'; page: { id: string; path: string; title: string } }
  | { type: 'section'; pageId: string; section: Section }
  | { type: 'done'; document: SiteDocument; siteId?: string; slug?: string }
  | { type: 'failed'; error: { code: string; message: string; limit?: string } };

export type GenerationUsage = { model: string; promptTokens: number; completionTokens: number; costMicros: number };

export type Emit = (event: GenerationEvent) => void;

export interface Generator {
  readonly name: 'offline' | 'openai';
  readonly model: string;
  generate(request: GenerateRequest, emit: Emit, signal?: AbortSignal): Promise<{ document: SiteDocument; usage: GenerationUsage }>;
  // AI on one section: rewrite it, regenerate it, or write a new one. Returns the section with
  // props for its type (run-section.ts validates them), and how many texts it had to keep as they were.
  generateSection(request: SectionRequest, signal?: AbortSignal): Promise<SectionResult>;
}

// --- AI on one section -------------------------------------------------------------------------

export const sectionOps = ['rewrite', 'regenerate', 'add'] as const;
export type SectionOp = (typeof sectionOps)[number];
export const rewriteInstructions = ['shorter', 'friendlier', 'formal', 'translate'] as const;
export type RewriteInstruction = (typeof rewriteInstructions)[number];

// What the editor sends: the operation, the section it applies to (as in the editor's draft),
// and for "add" what the new section is about.
export const sectionAiRequestSchema = z
  .object({
    op: z.enum(sectionOps),
    section: sectionSchema.optional(),
    instruction: z.enum(rewriteInstructions).optional(),
    targetLanguage: siteLanguageSchema.optional(),
    about: z.string().trim().min(2, 'Say in a few words what the section is about.').max(200, 'Keep it under 200 characters.').optional(),
    // The language of the page the section is on, when it differs from the site's.
    language: siteLanguageSchema.optional(),
    seed: z.number().int().min(0).max(2_147_483_647).default(1),
  })
  .superRefine((r, ctx) => {
    if (r.op !== 'add' && !r.section) ctx.addIssue({ code: 'custom', path: ['section'], message: 'Which section? Send it with its id, type and props.' });
    if (r.op === 'rewrite' && !r.instruction) ctx.addIssue({ code: 'custom', path: ['instruction'], message: 'Say how to rewrite it.' });
    if (r.instruction === 'translate' && !r.targetLanguage)
      ctx.addIssue({ code: 'custom', path: ['targetLanguage'], message: 'Say which language to translate to.' });
    if (r.op === 'add' && !r.about) ctx.addIssue({ code: 'custom', path: ['about'], message: 'Say in a few words what the section is about.' });
  });

// The site around the section: who the business is, its language and look, and its pages (so
// links in a new section point at real pages).
export type SectionContext = {
  business: Business;
  language: SiteLanguage;
  theme: Theme;
  pages: Array<{ id: string; path: string; title: string }>;
};

export type SectionRequest = {
  op: SectionOp;
  context: SectionContext;
  section?: Section;
  instruction?: RewriteInstruction;
  targetLanguage?: SiteLanguage;
  about?: string;
  seed: number;
};

export type SectionResult = { section: Section; usage: GenerationUsage; keptTexts?: number };

// Replays a finished document as the events a live generation would have sent.
export function documentEvents(document: SiteDocument): GenerationEvent[] {
  const events: GenerationEvent[] = [{ type: 'theme', theme: document.theme, business: document.business, language: document.language }];
  for (const page of document.pages) {
    events.push({ type: 'page', page: { id: page.id, path: page.path, title: page.title } });
    for (const section of page.sections) events.push({ type: 'section', pageId: page.id, section });
  }
  return events;
}

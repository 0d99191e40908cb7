// AI on one section through a Chat Completions model: the answer is structured output in the
// section type's own props schema (strict JSON schema from our zod schema), checked by that
// schema, with one repair round when it does not validate. Retries and backoff are retry.ts's.
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { z } from 'zod';
import { AppError } from '@/lib/errors';
import { zodMessage } from '@/lib/http';
import { artMotifs } from '@/lib/sites/art-motifs';
import type { SiteLanguage } from '@/lib/i18n/languages';
import { findSectionSchema } from '@/lib/sites/section-schemas';
import { addableSectionTypes, chooseSectionType } from '../section-topic';
import type { SectionRequest } from '../types';
import { JsonScanner } from './json-scanner';
import { sectionVariant, strict } from './schema';

type JsonSchema = { [key: string]: unknown };

export const UNUSABLE_SECTION_MESSAGE = 'The AI returned a section we could not use. No credit was used; try again.';

const languageNames: Record<SiteLanguage, string> = { en: 'English', 'pt-BR': 'Brazilian Portuguese', es: 'Spanish' };

// The types the answer may have: the section's own; for "add" the one the owner's words name, or
// any content type when they name none.
export function answerTypes(request: SectionRequest): string[] {
  if (request.section) return [request.section.type];
  const choice = chooseSectionType(request.about ?? '');
  return choice.matched ? [choice.type] : [...addableSectionTypes];
}

export function sectionAnswerSchema(request: SectionRequest): JsonSchema {
  const types = answerTypes(request);
  const schemaOf = (type: string) => findSectionSchema(type)!;
  if (request.section) {
    return { type: 'object', properties: { props: strict(schemaOf(types[0])) }, required: ['props'], additionalProperties: false };
  }
  const variants = types.map((type) => sectionVariant(type, schemaOf(type)));
  return {
    type: 'object',
    properties: { section: variants.length === 1 ? variants[0] : { anyOf: variants } },
    required: ['section'],
    additionalProperties: false,
  };
}

function instructionText(request: SectionRequest): string {
  const language = languageNames[request.context.language];
  switch (request.op) {
    case 'add':
      return `Write one new section for this site about: """${request.about ?? ''}""". Write it in ${language}.`;
    case 'regenerate':
      return `Write this section again from scratch with fresh copy for the same purpose, in the same language as the current one. Keep the owner's prices, links, contact details and uploaded images.`;
    default:
      switch (request.instruction) {
        case 'shorter':
          return 'Rewrite this section shorter: about half the words, the same meaning, complete sentences. Keep names, prices, links and images.';
        case 'friendlier':
          return 'Rewrite this section in a warmer, friendlier tone, as if talking to a neighbour. Keep its length, meaning, names, prices, links and images.';
        case 'formal':
          return 'Rewrite this section in a more formal, professional tone. Keep its length, meaning, names, prices, links and images.';
        default:
          return `Translate every visible text of this section into ${languageNames[request.targetLanguage ?? 'en']}. Keep people's and business names, prices, links and images as they are.`;
      }
  }
}

export function sectionMessages(request: SectionRequest): ChatCompletionMessageParam[] {
  const { business } = request.context;
  const system = [
    'You edit one section of a small business website. Answer only with JSON that follows the given JSON schema.',
    '- No placeholder text ever (no lorem ipsum, "Your company", "[...]", sample addresses or phone numbers). Leave a field empty ("") rather than invent contact details.',
    '- Links: only paths of this site ("/", "/about"), in-page anchors ("#contact"), or https:, mailto: and tel: links.',
    `- Images: keep an existing image src; a new one is generated art written art:<motif>:<seed>, motif one of ${artMotifs.join(', ')}. Every image has a short alt text in the section's language.`,
    '- Respect the character limits given in the schema.',
  ].join('\n');
  const pages = request.context.pages.map((p) => `${p.title} (${p.path})`).join(', ');
  const user = [
    `Business: ${business.name}${business.kind ? ` (${business.kind})` : ''}${business.city ? ` in ${business.city}` : ''}.${business.tagline ? ` Tagline: ${business.tagline}` : ''}`,
    `Site language: ${languageNames[request.context.language]}. Pages: ${pages}.`,
    request.section ? `Current "${request.section.type}" section props:\n${JSON.stringify(request.section.props)}` : '',
    instructionText(request),
  ]
    .filter(Boolean)
    .join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

export function sectionRepairMessages(request: SectionRequest, answer: string, problem: string): ChatCompletionMessageParam[] {
  return [
    ...sectionMessages(request),
    { role: 'assistant', content: answer.slice(0, 30_000) || '(no answer)' },
    {
      role: 'user',
      content: `That answer cannot be used: ${problem.slice(0, 1000)}\nReply with the corrected JSON following the schema and every rule above.`,
    },
  ];
}

const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

// The answer as a section with valid props, or what is wrong with it (said in the repair round).
export function readSectionAnswer(content: string, request: SectionRequest): { type: string; props: Record<string, unknown> } | { problem: string } {
  const scanner = new JsonScanner(() => {});
  scanner.push(content);
  const raw = scanner.root;
  if (!raw) return { problem: content.trim() ? 'the JSON is incomplete (it was cut off or never closed).' : 'the answer was empty.' };
  let answer: unknown;
  try {
    answer = JSON.parse(raw);
  } catch (error) {
    return { problem: `it is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).` };
  }
  if (!isObject(answer)) return { problem: 'the answer is not a JSON object.' };
  const types = answerTypes(request);
  const shape = request.section
    ? { type: types[0], props: answer.props }
    : isObject(answer.section)
      ? { type: String(answer.section.type), props: answer.section.props }
      : null;
  if (!shape) return { problem: 'the answer has no "section".' };
  if (!types.includes(shape.type)) return { problem: `"${shape.type}" is not one of the allowed section types (${types.join(', ')}).` };
  const parsed = findSectionSchema(shape.type)!.safeParse(shape.props);
  if (!parsed.success) return { problem: `props: ${zodMessage(parsed.error as z.ZodError).message}` };
  return { type: shape.type, props: parsed.data as Record<string, unknown> };
}

export function unusableSection(): AppError {
  return new AppError('UPSTREAM_FAILED', UNUSABLE_SECTION_MESSAGE);
}

// The shape the model is asked to answer in (a JSON schema derived from our zod schemas, in the
// subset OpenAI's strict structured outputs accept), and the mapping from that answer onto a site
// document. The model picks a palette by id and fonts by id; the theme itself always comes from
// our checked palettes, so contrast never depends on the model.
import { z } from 'zod';
import { artMotifs } from '@/lib/sites/art-motifs';
import { siteLanguages, type SiteLanguage } from '@/lib/i18n/languages';
import type { Business, Page, Section } from '@/lib/sites/document';
import { businessSchema, pageSchema, SCHEMA_VERSION } from '@/lib/sites/document';
import { sectionTypes } from '@/lib/sites/section-catalogue';
import { displayShape, sectionSchemas } from '@/lib/sites/section-schemas';
import type { Theme } from '@/lib/sites/theme';
import { findPalette, fontIds, palettes, radii, spacings, type FontId } from '@/lib/sites/theme-options';
import { loadKinds } from '../catalogue/load';

type JsonSchema = { [key: string]: unknown };

// Said once per field where the schema alone cannot say it (the rules themselves are in the prompt).
const fieldHints: Record<string, string> = {
  src: `art:<motif>:<seed>; motif: ${artMotifs.join('|')}`,
  href: '/path, #anchor, https:, mailto:, tel: or empty',
};

// Rewrites a zod-made JSON schema into the strict subset: every property required, no extra
// properties, no defaults; length limits (not accepted by strict mode) become descriptions, which
// the model follows and validation enforces; oneOf becomes anyOf and const an enum.
export function toStrictSchema(node: unknown, key = ''): JsonSchema {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return { type: 'string' };
  const source = node as JsonSchema;
  const out: JsonSchema = {};
  const notes: string[] = [];
  for (const [k, v] of Object.entries(source)) {
    switch (k) {
      case '$schema':
      case 'default':
      case 'title':
      case 'examples':
        break;
      case 'minLength':
        if (typeof v === 'number' && v > 0) notes.push('non-empty');
        break;
      case 'maxLength':
        if (!fieldHints[key]) notes.push(`max ${String(v)} chars`);
        break;
      case 'const':
        out.enum = [v];
        break;
      case 'properties': {
        const properties = Object.fromEntries(Object.entries(v as JsonSchema).map(([name, child]) => [name, toStrictSchema(child, name)]));
        out.properties = properties;
        out.required = Object.keys(properties);
        out.additionalProperties = false;
        break;
      }
      case 'required':
      case 'additionalProperties':
        break;
      case 'items':
        out.items = toStrictSchema(v);
        break;
      case 'anyOf':
      case 'oneOf': {
        // zod writes a preprocessed value as anyOf [T, {}]; the empty alternative means "anything".
        const options = (v as unknown[]).filter((option) => option && typeof option === 'object' && Object.keys(option).length > 0);
        if (options.length === 1) Object.assign(out, toStrictSchema(options[0], key));
        else out.anyOf = options.map((option) => toStrictSchema(option, key));
        break;
      }
      default:
        out[k] = v;
    }
  }
  const hint = fieldHints[key];
  if (hint) notes.unshift(hint);
  if (notes.length) out.description = [typeof out.description === 'string' ? out.description : '', notes.join(', ')].filter(Boolean).join('. ');
  return out;
}

export const strict = (schema: z.ZodType, key = '') => toStrictSchema(z.toJSONSchema(schema, { unrepresentable: 'any' }), key);

const idHint = 'unique in the site';

export function sectionVariant(type: string, schema: z.ZodType): JsonSchema {
  return {
    type: 'object',
    properties: { type: { type: 'string', enum: [type] }, id: { type: 'string', description: idHint }, props: strict(schema) },
    required: ['type', 'id', 'props'],
    additionalProperties: false,
  };
}

export const modelThemeShape = {
  palette: z.enum(palettes.map((p) => p.id) as [string, ...string[]]),
  headingFont: z.enum(fontIds),
  bodyFont: z.enum(fontIds),
  radius: z.enum(Object.keys(radii) as [keyof typeof radii, ...Array<keyof typeof radii>]),
  spacing: z.enum(Object.keys(spacings) as [keyof typeof spacings, ...Array<keyof typeof spacings>]),
};

// Moves object schemas that repeat (links, images, list items) into $defs, referenced by $ref:
// the same answer shape in fewer prompt tokens (links and images repeat across section types).
function shareRepeats(root: JsonSchema): JsonSchema {
  const counts = new Map<string, number>();
  const count = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(count);
    else if (node && typeof node === 'object') {
      if ((node as JsonSchema).type === 'object') {
        const key = JSON.stringify(node);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      Object.values(node).forEach(count);
    }
  };
  count(root.properties);
  const defs: JsonSchema = {};
  const names = new Map<string, string>();
  const replace = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(replace);
    if (!node || typeof node !== 'object') return node;
    const key = JSON.stringify(node);
    if ((node as JsonSchema).type === 'object' && (counts.get(key) ?? 0) > 1 && key.length > 80) {
      let name = names.get(key);
      if (!name) {
        name = `d${names.size + 1}`;
        names.set(key, name);
        defs[name] = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, replace(v)]));
      }
      return { $ref: `#/$defs/${name}` };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, replace(v)]));
  };
  const properties = replace(root.properties);
  return { ...root, properties, $defs: defs };
}

// The model writes a section's content; how it is displayed (its entrance effect, the devices it
// shows on) is the owner's choice in the editor, so those props stay out of the answer's schema
// (and the prompt's tokens).
const displayKeys = Object.fromEntries(Object.keys(displayShape).map((key) => [key, true])) as Record<keyof typeof displayShape, true>;
function contentOf(schema: z.ZodObject): z.ZodType {
  return schema.omit(displayKeys);
}

let cached: JsonSchema | null = null;

// The schema of the model's answer. Properties are in the order the stream is parsed in: the
// language, business and theme come first so the theme can be shown before any section.
export function siteAnswerSchema(): JsonSchema {
  if (cached) return cached;
  const page = strict(pageSchema.pick({ id: true, path: true, title: true, description: true }));
  const pageProperties = page.properties as JsonSchema;
  (pageProperties.id as JsonSchema).description = idHint;
  const kindIds = loadKinds().map((k) => k.id);
  const business = strict(businessSchema.omit({ schemaType: true }).extend({ kind: z.enum(['business', ...kindIds]) }));
  cached = shareRepeats({
    type: 'object',
    properties: {
      language: { type: 'string', enum: [...siteLanguages] },
      business,
      theme: strict(z.object(modelThemeShape)),
      pages: {
        type: 'array',
        minItems: 1,
        maxItems: 8,
        items: {
          type: 'object',
          properties: {
            ...pageProperties,
            sections: {
              type: 'array',
              minItems: 1,
              maxItems: 14,
              items: { anyOf: sectionTypes.map((type) => sectionVariant(type, contentOf(sectionSchemas[type]))) },
            },
          },
          required: [...(page.required as string[]), 'sections'],
          additionalProperties: false,
        },
      },
    },
    required: ['language', 'business', 'theme', 'pages'],
    additionalProperties: false,
  });
  return cached;
}

// --- from the model's answer to our document -------------------------------------------------

const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export function toTheme(answer: unknown, paletteId?: string): Theme {
  const t = isObject(answer) ? answer : {};
  const font = (value: unknown, fallback: FontId): FontId => ((fontIds as readonly string[]).includes(str(value)) ? (value as FontId) : fallback);
  const radius = str(t.radius);
  const spacing = str(t.spacing);
  return {
    // A requested palette wins; an unknown id falls back to the first palette. Either way the
    // colours are our checked ones.
    palette: structuredClone(findPalette(paletteId ?? '') ?? findPalette(str(t.palette)) ?? palettes[0]),
    fonts: { heading: font(t.headingFont, 'system-sans'), body: font(t.bodyFont, 'system-sans') },
    radius: radius in radii ? (radius as Theme['radius']) : 'md',
    spacing: spacing in spacings ? (spacing as Theme['spacing']) : 'cozy',
  };
}

export function toLanguage(answer: unknown, requested?: SiteLanguage): SiteLanguage {
  if (requested) return requested;
  return (siteLanguages as readonly string[]).includes(str(answer)) ? (answer as SiteLanguage) : 'en';
}

export function toBusiness(answer: unknown): Business {
  // Validation (parseSiteDocument) judges the values; this only drops what is not ours.
  const b = isObject(answer) ? answer : {};
  const keys = Object.keys(businessSchema.shape) as Array<keyof Business>;
  return Object.fromEntries(keys.filter((key) => b[key] !== undefined).map((key) => [key, b[key]])) as Business;
}

// Ids the model gives are made safe and unique, in answer order, so the ids streamed to the
// owner are the ids of the final document.
export class IdAllocator {
  private readonly used = new Set<string>();

  take(wanted: unknown, fallback: string): string {
    const base = (
      str(wanted)
        .replace(/[^a-zA-Z0-9_-]+/g, '-')
        .replace(/^-+|-+$/g, '') || fallback
    ).slice(0, 56);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

export function toSection(answer: unknown, ids: IdAllocator): Section {
  const s = isObject(answer) ? answer : {};
  const type = str(s.type);
  return { id: ids.take(s.id, type || 'section'), type, props: isObject(s.props) ? s.props : {} };
}

export function toPageHeader(answer: unknown, ids: IdAllocator, index: number): Omit<Page, 'sections'> {
  const p = isObject(answer) ? answer : {};
  return {
    id: ids.take(p.id, `page-${index + 1}`),
    path: str(p.path),
    title: str(p.title),
    description: str(p.description),
    socialImage: '',
  };
}

// The whole answer as a document (not yet validated).
export function toDocument(answer: unknown, request: { language?: SiteLanguage; paletteId?: string }) {
  const a = isObject(answer) ? answer : {};
  const pageIds = new IdAllocator();
  const sectionIds = new IdAllocator();
  const pages = (Array.isArray(a.pages) ? a.pages : []).map((page, i) => ({
    ...toPageHeader(page, pageIds, i),
    sections: (isObject(page) && Array.isArray(page.sections) ? page.sections : []).map((section) => toSection(section, sectionIds)),
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    language: toLanguage(a.language, request.language),
    business: toBusiness(a.business),
    theme: toTheme(a.theme, request.paletteId),
    pages,
  };
}

// The offline generator: no key, no network. Understands the prompt (name, kind, place,
// language, offers), takes what the owner confirmed over it, and writes the site from the
// kind's copy in the catalogue with the owner's own words first, in a template that suits the
// kind, with a palette and fonts for its kind and tone. Deterministic for a prompt and seed;
// another seed gives another site.
import { createHash } from 'node:crypto';
import type { Business, SiteDocument } from '@/lib/sites/document';
import { SCHEMA_VERSION } from '@/lib/sites/document';
import { buildFromTemplate, isTemplateId, pagePlan, templates, type TemplateId } from '@/lib/sites/templates';
import { seededRandom } from '@/lib/sites/templates/compose';
import type { Theme } from '@/lib/sites/theme';
import { findPalette, palettes, type FontId } from '@/lib/sites/theme-options';
import type { Kind } from '../catalogue/schema';
import { planSite } from '../plan';
import type { Emit, GenerateRequest, Generator, SectionRequest, SectionResult } from '../types';
import type { Tone } from '../understand/style';
import { kindProfiles } from './kinds';
import { buildBank } from './kind-bank';
import { neutralCopy } from './neutral';
import { currencyFor } from './prices';
import { offlineSection } from './section';

function hashSeed(prompt: string, seed: number): number {
  const digest = createHash('sha256').update(prompt.trim().toLowerCase()).digest();
  return (digest.readUInt32BE(0) ^ seed) >>> 0;
}

const toneFonts: Partial<Record<Tone, { heading: FontId; body: FontId }>> = {
  elegant: { heading: 'classic-serif', body: 'system-sans' },
  playful: { heading: 'rounded', body: 'rounded' },
  modern: { heading: 'geometric', body: 'system-sans' },
  minimal: { heading: 'system-sans', body: 'system-sans' },
  bold: { heading: 'geometric', body: 'geometric' },
  rustic: { heading: 'slab', body: 'humanist' },
};
const toneRadius: Record<Tone, Theme['radius']> = { elegant: 'sm', playful: 'lg', modern: 'md', minimal: 'sm', bold: 'none', rustic: 'md', friendly: 'md' };

function templateFor(request: GenerateRequest, kind: Kind | null): TemplateId {
  if (isTemplateId(request.templateId)) return request.templateId;
  if (kind?.template) return kind.template;
  if (kind) return kindProfiles[kind.family].template as TemplateId;
  return 'local-service';
}

export class OfflineGenerator implements Generator {
  readonly name = 'offline' as const;
  readonly model = 'offline-v2';

  // sampleNames: invent a brand when the prompt gives none (the template gallery's samples only).
  constructor(private readonly options: { sampleNames?: boolean } = {}) {}

  async generate(request: GenerateRequest, emit: Emit, signal?: AbortSignal) {
    const { understanding: u, language, kind, name: givenName, place } = planSite(request);
    const template = templates[templateFor(request, kind)];
    const n = neutralCopy[language];
    const seed = hashSeed(request.prompt, request.seed);
    const random = seededRandom(seed);
    const city = place?.label ?? '';
    // An unknown kind is called by the owner's own first words about it, else "local business".
    const label = kind ? kind.locales[language].label : (u.offers[0] ?? n.label);
    const offers = kind ? u.offers : u.offers.slice(label === u.offers[0] ? 1 : 0);
    const bank = buildBank({ language, kind, label, offers, qualities: u.qualities, currency: currencyFor(language, place?.country), event: u.event });

    const fill = (s: string) =>
      s
        .replaceAll('{city}', city)
        .replace(/\s+([,.!?])/g, '$1')
        .replace(/\s{2,}/g, ' ')
        .trim();
    // No name given: the site is called what it is ("Oficina mecânica em Belo Horizonte") until the owner
    // names it, never a made-up brand; template samples in the gallery get a sample brand.
    const names = city ? bank.names : bank.names.filter((x) => !x.includes('{city}'));
    // A name shows where a short text fits (the logo, a footer heading): 60 characters at most, so a
    // long offer or town gives way to a shorter description.
    const descriptive =
      [city ? n.located.replace('{label}', label).replace('{city}', city) : '', label, kind?.locales[language].label ?? n.label].find(
        (x) => x && x.length <= 60,
      ) ?? n.label;
    const sample = fill(names[Math.floor(random() * names.length)] ?? '');
    const name = givenName ?? (this.options.sampleNames && sample ? sample : descriptive);
    const taglines = (city ? bank.taglines : bank.taglines.filter((t) => !t.includes('{city}'))).map((t) => fill(t.replaceAll('{name}', name)));
    const tagline = taglines[Math.floor(random() * taglines.length)] ?? '';

    const profile = kind ?? null;
    const kindPalettes = profile?.palettes ?? ['slate', 'ocean', 'forest'];
    const paletteId =
      (request.paletteId && findPalette(request.paletteId)?.id) ||
      u.paletteHints.find((id) => findPalette(id)) ||
      kindPalettes[Math.floor(random() * Math.min(3, kindPalettes.length))];
    const palette = findPalette(paletteId) ?? palettes[0];
    const familyFonts = kind ? kindProfiles[kind.family].fonts : kindProfiles.service.fonts;
    const theme: Theme = {
      palette,
      fonts: toneFonts[u.tone] ?? familyFonts,
      radius: toneRadius[u.tone],
      spacing: u.tone === 'minimal' || u.tone === 'elegant' ? 'roomy' : 'cozy',
    };
    const business: Business = {
      name,
      kind: kind?.id ?? 'business',
      schemaType: kind?.schemaType ?? 'LocalBusiness',
      tagline,
      city,
      address: u.event?.venue ?? place?.neighbourhood ?? '',
      phone: '',
      email: '',
      priceRange: '',
      currency: currencyFor(language, place?.country),
    };
    emit({ type: 'theme', theme, business, language });

    const { paths, titles } = pagePlan(template, bank);
    const pages = buildFromTemplate(template, { bank, name, city, seed, motifs: template.motifs, paths, titles, contactEmail: '' }, tagline);
    for (const page of pages) {
      if (signal?.aborted) throw new Error('Generation cancelled');
      emit({ type: 'page', page: { id: page.id, path: page.path, title: page.title } });
      for (const section of page.sections) {
        emit({ type: 'section', pageId: page.id, section });
        // Let each event reach the stream before the next one is built.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    const document: SiteDocument = { schemaVersion: SCHEMA_VERSION, language, business, theme, pages };
    return { document, usage: { model: this.model, promptTokens: 0, completionTokens: 0, costMicros: 0 } };
  }

  async generateSection(request: SectionRequest, signal?: AbortSignal): Promise<SectionResult> {
    if (signal?.aborted) throw new Error('Generation cancelled');
    const { section, keptTexts } = offlineSection(request);
    return { section, keptTexts, usage: { model: this.model, promptTokens: 0, completionTokens: 0, costMicros: 0 } };
  }
}

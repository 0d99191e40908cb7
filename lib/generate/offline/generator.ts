// The offline generator: no key, no network. Reads the prompt, picks a template, copy from the
// kind's copy bank in the prompt's language, a palette and fonts that suit the kind and tone,
// and generated art. Deterministic for a prompt and seed; another seed gives another site.
import { createHash } from 'node:crypto';
import type { Business, SiteDocument, SiteLanguage } from '@/lib/sites/document';
import { SCHEMA_VERSION } from '@/lib/sites/document';
import { buildFromTemplate, pagePlan, templates, isTemplateId } from '@/lib/sites/templates';
import { seededRandom } from '@/lib/sites/templates/compose';
import { findPalette, palettes, type FontId, type Theme } from '@/lib/sites/theme';
import type { Emit, GenerateRequest, Generator, SectionRequest, SectionResult } from '../types';
import { analyzePrompt, type Tone } from './analyze';
import { copyBanks } from './banks';
import type { BusinessKind } from './copy-bank';
import { kindProfiles } from './kinds';
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

const placeCurrency: Array<[RegExp, Business['currency']]> = [
  [/m[eé]xico|cdmx|guadalajara|monterrey|canc[uú]n/i, 'MXN'],
  [/argentina|buenos aires|c[oó]rdoba|rosario|mendoza/i, 'ARS'],
  [/colombia|bogot[aá]|medell[ií]n|cali\b|cartagena/i, 'COP'],
  [/chile|santiago|valpara[ií]so/i, 'CLP'],
  [/per[uú]|lima\b|cusco|arequipa/i, 'PEN'],
  [/london|manchester|edinburgh|england|uk\b|britain/i, 'GBP'],
  [/espa[nñ]a|spain|madrid|barcelona|sevilla|valencia|lisboa|porto\b|paris|berlin|roma\b|europe/i, 'EUR'],
];

function currencyFor(language: SiteLanguage, place: string): Business['currency'] {
  for (const [re, currency] of placeCurrency) if (re.test(place)) return currency;
  return language === 'pt-BR' ? 'BRL' : language === 'es' ? 'EUR' : 'USD';
}

export class OfflineGenerator implements Generator {
  readonly name = 'offline' as const;
  readonly model = 'offline-v1';

  async generate(request: GenerateRequest, emit: Emit, signal?: AbortSignal) {
    const analysis = analyzePrompt(request.prompt);
    const language: SiteLanguage = request.language ?? analysis.language;
    const kind: BusinessKind = analysis.kind;
    const profile = kindProfiles[kind];
    const template = templates[isTemplateId(request.templateId) ? request.templateId : (profile.template as keyof typeof templates)];
    const bank = copyBanks[kind][language];
    const seed = hashSeed(request.prompt, request.seed);
    const random = seededRandom(seed);
    const city = analysis.place ?? '';
    const fill = (s: string) => s.replaceAll('{city}', city).replace(/\s+([,.!?])/g, '$1').replace(/\s{2,}/g, ' ').trim();
    const names = city ? bank.names : bank.names.filter((n) => !n.includes('{city}'));
    const name = analysis.name ?? fill(names[Math.floor(random() * names.length)] ?? bank.names[0]);
    const taglines = (city ? bank.taglines : bank.taglines.filter((t) => !t.includes('{city}'))).map((t) => fill(t.replaceAll('{name}', name)));
    const tagline = taglines[Math.floor(random() * taglines.length)] ?? '';

    const paletteId =
      (request.paletteId && findPalette(request.paletteId)?.id) ||
      analysis.paletteHints.find((id) => findPalette(id)) ||
      profile.palettes[Math.floor(random() * Math.min(3, profile.palettes.length))];
    const palette = findPalette(paletteId) ?? palettes[0];
    const theme: Theme = {
      palette,
      fonts: toneFonts[analysis.tone] ?? profile.fonts,
      radius: toneRadius[analysis.tone],
      spacing: analysis.tone === 'minimal' || analysis.tone === 'elegant' ? 'roomy' : 'cozy',
    };
    const business: Business = {
      name,
      kind,
      tagline,
      city,
      address: '',
      phone: '',
      email: '',
      priceRange: '',
      currency: currencyFor(language, city),
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

// Quality of the offline generator over a table of varied prompts: each document validates,
// carries the named business name, is written in the prompt's language, and has no placeholder text.
import { describe, expect, it } from 'vitest';
import { siteLanguages } from '@/lib/i18n/languages';
import { parseSiteDocument } from '@/lib/sites/validate';
import { templateIds, templates } from '@/lib/sites/templates';
import { findKind, loadKinds } from '../catalogue/load';
import { isPlaceholder, siteText } from '../eval/evaluate';
import { foreignPhrases } from '../eval/signatures';
import { understandPrompt } from '../understand/understand';
import { OfflineGenerator } from './generator';
import { promptCases } from '@/test/fixtures/prompts';

const generator = new OfflineGenerator();

describe('offline generator over the prompt table', () => {
  it('covers at least 40 prompts in three languages and every template', () => {
    expect(promptCases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(promptCases.map((c) => c.language))).toEqual(new Set(siteLanguages));
    const covered = new Set(promptCases.map((c) => findKind(c.kind)?.template));
    expect([...covered].sort()).toEqual([...templateIds].sort());
  });

  for (const c of promptCases) {
    it(`${c.language} · ${c.kind} · ${c.prompt}`, async () => {
      const events: string[] = [];
      const { document } = await generator.generate({ prompt: c.prompt, seed: 1 }, (e) => events.push(e.type));
      const doc = parseSiteDocument(document);
      expect(doc.business.kind).toBe(c.kind);
      expect(doc.language).toBe(c.language);
      if (c.name) {
        expect(doc.business.name).toBe(c.name);
        expect(doc.pages[0].sections.find((s) => s.type === 'navbar')?.props.logoText).toBe(c.name);
      }
      if (c.place) expect(doc.business.city).toBe(c.place);
      expect(doc.pages.length).toBeGreaterThanOrEqual(4);
      const text = siteText(doc);
      const bad = text.filter(isPlaceholder);
      expect(bad).toEqual([]);
      // The copy itself reads as the prompt's language, and uses no other kind's phrases.
      expect(understandPrompt(text.join('. ')).language).toBe(c.language);
      expect(foreignPhrases(text, doc.business.kind, doc.language)).toEqual([]);
      expect(events[0]).toBe('theme');
      expect(events.filter((t) => t === 'section').length).toBe(doc.pages.reduce((n, p) => n + p.sections.length, 0));
    });
  }

  it('is deterministic for a prompt and seed, and another seed gives another site', async () => {
    const prompt = 'Padaria artesanal em Curitiba, tons de terracota';
    const a = (await generator.generate({ prompt, seed: 7 }, () => {})).document;
    const b = (await generator.generate({ prompt, seed: 7 }, () => {})).document;
    const c = (await generator.generate({ prompt, seed: 8 }, () => {})).document;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('writes a valid site for the longest name and place the owner may confirm, on every template', async () => {
    const name = 'Associação Beneficente dos Amigos do Bairro Jardim das Flores de Itaquera e Região'.padEnd(60, '!').slice(0, 60);
    const place = 'São José dos Campos e toda a Região Metropolitana do Vale do Paraíba e Litoral Norte'.padEnd(100, '.').slice(0, 100);
    for (const templateId of templateIds) {
      const { document } = await generator.generate(
        { prompt: 'Associação de moradores em São José dos Campos', seed: 3, templateId, facts: { name, place } },
        () => {},
      );
      expect(() => parseSiteDocument(document), templateId).not.toThrow();
      expect(document.business.name).toBe(name);
    }
  });

  it('writes a valid site when no name is given and the place is long, for every kind', async () => {
    // Unnamed, the site is called what it is ("Padaria em <place>"): never longer than a logo holds.
    const place = 'Santa Cruz de la Sierra, Montero, Warnes, Cotoca y Okinawa Uno'.slice(0, 60);
    for (const kind of loadKinds()) {
      const { document } = await generator.generate({ prompt: kind.locales.es.terms[0], seed: 5, facts: { kindId: kind.id, place } }, () => {});
      expect(() => parseSiteDocument(document), kind.id).not.toThrow();
      expect(document.business.name.length, kind.id).toBeLessThanOrEqual(60);
    }
  });

  it('honours the chosen template, language and palette', async () => {
    const { document } = await generator.generate(
      { prompt: 'Padaria artesanal em Curitiba', seed: 1, templateId: 'shop', language: 'es', paletteId: 'ocean' },
      () => {},
    );
    expect(document.language).toBe('es');
    expect(document.theme.palette.id).toBe('ocean');
    expect(document.pages[0].sections.some((s) => s.type === 'products')).toBe(true);
    expect(templates.shop.pages.length).toBe(document.pages.length);
  });
});

describe('every kind of the catalogue, in every language', () => {
  // Each kind, confirmed by the owner, with a few named offers and a seed of its own: every
  // document validates, keeps the name, shows the offers first, and uses no other kind's copy.
  for (const kind of loadKinds()) {
    it(kind.id, async () => {
      for (const [i, language] of siteLanguages.entries()) {
        const offers = kind.bank ? [] : kind.locales[language].offers.items.slice(0, 2).map((o) => o.title.toLowerCase());
        const prompt = `${kind.locales[language].label} Quatro Ventos, ${offers.join(', ') || kind.locales[language].terms[0]}`;
        const { document } = await generator.generate(
          { prompt, language, seed: 11 + i * 7, facts: { name: 'Quatro Ventos', kindId: kind.id, place: 'Curitiba' } },
          () => {},
        );
        const doc = parseSiteDocument(document);
        expect(doc.business).toMatchObject({ name: 'Quatro Ventos', kind: kind.id, schemaType: kind.schemaType, city: 'Curitiba', currency: 'BRL' });
        const text = siteText(doc);
        expect(text.filter(isPlaceholder), `${kind.id} ${language}`).toEqual([]);
        expect(foreignPhrases(text, kind.id, language, prompt), `${kind.id} ${language}`).toEqual([]);
      }
    });
  }
});

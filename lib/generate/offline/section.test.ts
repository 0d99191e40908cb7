// The offline generator on one section: every operation is deterministic for its seed, means what
// it says (shorter is shorter, a translation leaves no words of the old language behind, "add
// perguntas frequentes" is an FAQ), and always gives props its type's schema accepts.
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import type { Section, SiteDocument } from '@/lib/sites/document';
import { findSectionSchema } from '@/lib/sites/section-schemas';
import { chooseSectionType, topicHeading } from '../section-topic';
import type { SectionContext, SectionRequest } from '../types';
import { bankSentences } from './bank-text';
import { OfflineGenerator } from './generator';
import { businessKindOf, offlineSection } from './section';
import { copyLength, copyTexts, shortenText, toneRules } from './section-copy';

const generator = new OfflineGenerator();

async function site(prompt: string, seed = 1): Promise<SiteDocument> {
  const { document } = await generator.generate({ prompt, seed }, () => {});
  return document;
}

const contextOf = (document: SiteDocument): SectionContext => ({
  business: document.business,
  language: document.language,
  theme: document.theme,
  pages: document.pages.map((p) => ({ id: p.id, path: p.path, title: p.title })),
});

function expectValid(section: Section) {
  const schema = findSectionSchema(section.type);
  expect(schema, section.type).toBeTruthy();
  const parsed = schema!.safeParse(section.props);
  expect(parsed.success, `${section.type}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues[0])}`).toBe(true);
}

// Runs an operation; an operation that has nothing to do says so with INVALID_INPUT.
function attempt(request: SectionRequest) {
  try {
    return offlineSection(request);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_INPUT');
    return null;
  }
}

const prompts = [
  'Padaria artesanal chamada Trigo Bom em Curitiba',
  'Project management app for small remote teams',
  'Restaurante de tapas en Sevilla llamado La Alacena',
];
const rewrites = [
  { op: 'rewrite', instruction: 'shorter' },
  { op: 'rewrite', instruction: 'friendlier' },
  { op: 'rewrite', instruction: 'formal' },
  { op: 'rewrite', instruction: 'translate', targetLanguage: 'en' },
  { op: 'rewrite', instruction: 'translate', targetLanguage: 'pt-BR' },
  { op: 'rewrite', instruction: 'translate', targetLanguage: 'es' },
  { op: 'regenerate' },
] as const;

describe('offline section operations', () => {
  it('give valid props for every section of three sites, for every operation, the same for the same seed', async () => {
    let succeeded = 0;
    for (const prompt of prompts) {
      const document = await site(prompt);
      const context = contextOf(document);
      for (const page of document.pages) {
        for (const section of page.sections) {
          for (const op of rewrites) {
            const request: SectionRequest = { ...op, context, section, seed: 7 };
            const result = attempt(request);
            if (!result) continue;
            succeeded += 1;
            expect(result.section.type).toBe(section.type);
            expectValid(result.section);
            expect(offlineSection(request)).toEqual(result);
          }
        }
      }
    }
    expect(succeeded).toBeGreaterThan(200);
  });

  it('regenerate gives new copy for the same type, another seed other copy, and keeps uploaded images', async () => {
    const document = await site(prompts[0]);
    const context = contextOf(document);
    const hero = document.pages[0].sections.find((s) => s.type === 'hero')!;
    const uploaded = { ...hero, props: { ...hero.props, image: { src: '/uploads/owner-photo.webp', alt: 'Our shop front' } } };
    const a = offlineSection({ op: 'regenerate', context, section: uploaded, seed: 1 });
    const b = offlineSection({ op: 'regenerate', context, section: uploaded, seed: 2 });
    expect(a.section.id).toBe(hero.id);
    expect(copyTexts('hero', a.section.props)).not.toEqual(copyTexts('hero', hero.props));
    expect(copyTexts('hero', a.section.props)).not.toEqual(copyTexts('hero', b.section.props));
    expect(a.section.props.image).toEqual({ src: '/uploads/owner-photo.webp', alt: 'Our shop front' });
    expect(offlineSection({ op: 'regenerate', context, section: uploaded, seed: 1 })).toEqual(a);
  });

  it('shorter is really shorter, cut at sentence or clause boundaries, never mid-word', async () => {
    const document = await site(prompts[0]);
    const context = contextOf(document);
    const variants = bankSentences(businessKindOf(context), 'pt-BR', { name: context.business.name, city: context.business.city });
    let checked = 0;
    for (const section of document.pages.flatMap((p) => p.sections)) {
      const result = attempt({ op: 'rewrite', instruction: 'shorter', context, section, seed: 1 });
      if (!result) continue;
      checked += 1;
      expect(copyLength(section.type, result.section.props)).toBeLessThan(copyLength(section.type, section.props));
      const before = copyTexts(section.type, section.props).join('\n');
      for (const text of copyTexts(section.type, result.section.props)) {
        // Every kept text is the original or its beginning, ending a sentence, or a shorter
        // variant the bank holds for the same role.
        const head = text.replace(/\.$/, '');
        expect(before.includes(head) || variants.has(text), text).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(5);
    expect(
      shortenText('At Golden Crust, our bakers start at 4 a.m. so you can enjoy crusty sourdough. Everything is made from scratch, every single day.', 'en'),
    ).toBe('At Golden Crust, our bakers start at 4 a.m. so you can enjoy crusty sourdough.');
    // "Yes." alone says nothing: the sentence that explains it stays.
    expect(shortenText('Yes. We are fully licensed and carry liability insurance. Ask us for the certificates any time you like.', 'en')).toBe(
      'Yes. We are fully licensed and carry liability insurance.',
    );
    // A long sentence is cut only where an independent clause ends, never after a mere phrase.
    expect(
      shortenText('From the first booking to the final payment, Brightdesk automates the repetitive steps and keeps your whole team on the same page.', 'en'),
    ).toBe('From the first booking to the final payment, Brightdesk automates the repetitive steps and keeps your whole team on the same page.');
    expect(shortenText('Stop by for your morning loaf on the way to work, or order a cake for the next birthday in the family.', 'en')).toBe(
      'Stop by for your morning loaf on the way to work.',
    );
  });

  it('translates a Portuguese site into English with no Portuguese left from the bank, keeping names, prices and links', async () => {
    const document = await site(prompts[0]);
    expect(document.language).toBe('pt-BR');
    const context = contextOf(document);
    const kind = businessKindOf(context);
    const filler = { name: context.business.name, city: context.business.city };
    const portuguese = bankSentences(kind, 'pt-BR', filler);
    const english = bankSentences(kind, 'en', filler);
    let translated = 0;
    for (const section of document.pages.flatMap((p) => p.sections)) {
      const result = attempt({ op: 'rewrite', instruction: 'translate', targetLanguage: 'en', context, section, seed: 1 });
      if (!result) continue;
      translated += 1;
      expect(result.keptTexts).toBe(0);
      for (const text of copyTexts(section.type, result.section.props)) {
        if (portuguese.has(text) && !english.has(text)) throw new Error(`Portuguese left in ${section.type}: ${text}`);
      }
      // Links, prices and images are the owner's: unchanged. (The template's invented team
      // members become the English bank's people; an owner's own staff stay, tested below.)
      const fixed = (props: Record<string, unknown>) =>
        JSON.stringify(props, (key, value) => (typeof value === 'string' && !['href', 'src', 'price', 'name'].includes(key) ? undefined : value));
      if (!['menu', 'products', 'team'].includes(section.type)) expect(fixed(result.section.props)).toBe(fixed(section.props));
    }
    expect(translated).toBeGreaterThan(10);
    const hero = document.pages[0].sections.find((s) => s.type === 'hero')!;
    const english1 = offlineSection({ op: 'rewrite', instruction: 'translate', targetLanguage: 'en', context, section: hero, seed: 1 }).section;
    // And back again: the same Portuguese as before.
    expect(offlineSection({ op: 'rewrite', instruction: 'translate', targetLanguage: 'pt-BR', context, section: english1, seed: 1 }).section).toEqual(hero);
  });

  it("counts the owner's own words it could not translate, and keeps them", async () => {
    const document = await site(prompts[0]);
    const context = contextOf(document);
    const hero = document.pages[0].sections.find((s) => s.type === 'hero')!;
    const edited = { ...hero, props: { ...hero.props, headline: 'Nosso bolo de fubá é famoso na vizinhança inteira' } };
    const result = offlineSection({ op: 'rewrite', instruction: 'translate', targetLanguage: 'en', context, section: edited, seed: 1 });
    expect(result.keptTexts).toBe(1);
    expect(result.section.props.headline).toBe('Nosso bolo de fubá é famoso na vizinhança inteira');

    const team = document.pages.flatMap((p) => p.sections).find((s) => s.type === 'team')!;
    const members = team.props.members as Array<Record<string, unknown>>;
    const own = { ...team, props: { ...team.props, members: [{ ...members[0], name: 'Joana Prado', role: 'Sócia' }, ...members.slice(1)] } };
    const translated = offlineSection({ op: 'rewrite', instruction: 'translate', targetLanguage: 'en', context, section: own, seed: 1 }).section;
    const after = translated.props.members as Array<Record<string, unknown>>;
    expect(after[0].name).toBe('Joana Prado');
    expect(after[1].name).toBe('Ben Harper');
    expect(after[1].role).toBe('Pastry chef');
  });

  it('friendlier and more formal change the tone with grammatical rules', () => {
    expect(toneRules("We're open late, and you'll love it! Don't miss it.", 'formal', 'en')).toBe('We are open late, and you will love it. Do not miss it.');
    expect(toneRules('We are open late and you will love it.', 'friendlier', 'en')).toBe("We're open late and you'll love it.");
    expect(toneRules('Pão quentinho pra você!', 'formal', 'pt-BR')).toBe('Pão quente para você');
    expect(toneRules('¡Ven a probar nuestro pan calentito!', 'formal', 'es')).toBe('Ven a probar nuestro pan caliente');
  });

  it("adds the section type the owner's words name, in English, Portuguese or Spanish", async () => {
    const document = await site(prompts[0]);
    const context = contextOf(document);
    const cases: Array<[string, string]> = [
      ['perguntas frequentes', 'faq'],
      ['our prices', 'pricing'],
      ['o cardápio', 'menu'],
      ['meet the team', 'team'],
      ['nuestro equipo', 'team'],
      ['depoimentos de clientes', 'testimonials'],
      ['fotos da padaria', 'gallery'],
      ['horários e endereço', 'contact'],
    ];
    for (const [about, type] of cases) {
      expect(chooseSectionType(about).type, about).toBe(type);
      const { section } = offlineSection({ op: 'add', about, context, seed: 3 });
      expect(section.type, about).toBe(type);
      expectValid(section);
    }
    const faq = offlineSection({ op: 'add', about: 'perguntas frequentes', context, seed: 3 }).section;
    expect((faq.props.items as unknown[]).length).toBeGreaterThan(2);
    // Words that name no type: a features section headed with them.
    const other = offlineSection({ op: 'add', about: 'about our recycling program', context, seed: 3 }).section;
    expect(other.type).toBe('features');
    expect(other.props.heading).toBe(topicHeading('about our recycling program'));
    expect(other.props.heading).toBe('Our recycling program');
  });
});

// The offline generator's work on one section, with no key and no network. Rewrite: "shorter"
// cuts at sentence boundaries and trims long lists; "friendlier" and "more formal" choose among
// the variants the copy bank holds for the same role and apply word rules that stay grammatical;
// "translate" swaps each bank sentence for the same entry in the target language's bank (names,
// prices, links and images stay). Regenerate fills the same type again with another seed; add
// picks the type that suits the owner's words and fills it. Deterministic for a request and seed.
import { AppError } from '@/lib/errors';
import { siteLanguages, type SiteLanguage } from '@/lib/i18n/languages';
import type { Section } from '@/lib/sites/document';
import { isTemplateId, templates } from '@/lib/sites/templates';
import { Composer, type ComposeInput } from '@/lib/sites/templates/compose';
import { chooseSectionType, topicHeading } from '../section-topic';
import type { SectionContext, SectionRequest } from '../types';
import { findKind } from '../catalogue/load';
import { understandPrompt } from '../understand/understand';
import { BankIndex, bankFor, fillOne, kindsFor, type BankKey, type Filler } from './bank-text';
import { businessKinds } from '@/lib/sites/templates/copy-bank';
import { kindProfiles } from './kinds';
import { copyTexts, friendliness, mapCopy, shortenProps, toneRules, type ToneDirection } from './section-copy';

// Whose copy a site's sections are written from: its catalogue kind's (a family's full bank for
// the kinds that use one), the family named by an older document, or the kind its name suggests.
export function businessKindOf(context: SectionContext): BankKey {
  const key = context.business.kind;
  const kind = findKind(key);
  if (kind) return kind.bank ? kind.family : kind.id;
  if ((businessKinds as readonly string[]).includes(key)) return key;
  const read = understandPrompt(`${context.business.name}. ${context.business.tagline}`).kindId;
  const guessed = read ? findKind(read) : null;
  return guessed ? (guessed.bank ? guessed.family : guessed.id) : 'neutral';
}

function templateOf(key: BankKey): string {
  const kind = findKind(key);
  if (kind) return kind.template ?? kindProfiles[kind.family].template;
  return (businessKinds as readonly string[]).includes(key) ? kindProfiles[key as keyof typeof kindProfiles].template : 'local-service';
}

const fillerOf = (context: SectionContext): Filler => ({ name: context.business.name, city: context.business.city });

// The language a section is written in: the language most of its bank sentences come from.
export function sectionLanguage(section: Section, context: SectionContext, index: BankIndex): SiteLanguage {
  const votes: Record<SiteLanguage, number> = { en: 0, 'pt-BR': 0, es: 0 };
  for (const text of copyTexts(section.type, section.props)) {
    const match = index.find(text);
    if (match) votes[match.language] += 1;
  }
  const [best] = siteLanguages.toSorted((a, b) => votes[b] - votes[a]);
  return votes[best] > 0 ? best : context.language;
}

const sameCopy = (a: Section, b: Section) => JSON.stringify(copyTexts(a.type, a.props)) === JSON.stringify(copyTexts(b.type, b.props));

const hasWords = (text: string) => /\p{L}{3,}/u.test(text);

// The banks' team members are different people in each language, and their bios name them: a
// member the template made becomes the target bank's member at the same place, whole.
function translateTeam(props: Record<string, unknown>, kind: BankKey, target: SiteLanguage, filler: Filler): Record<string, unknown> {
  if (!Array.isArray(props.members)) return props;
  const members = props.members.map((member: Record<string, unknown>) => {
    for (const language of siteLanguages) {
      const index = bankFor(kind, language).team.findIndex((m) => m.name === member.name);
      const next = index >= 0 ? bankFor(kind, target).team[index] : undefined;
      if (!next) continue;
      const image = member.image && typeof member.image === 'object' ? { ...(member.image as object), alt: next.name } : member.image;
      return { ...member, name: next.name, role: fillOne(next.role, filler), bio: fillOne(next.bio, filler), image };
    }
    return member;
  });
  return { ...props, members };
}

function translate(section: Section, context: SectionContext, kind: BankKey, target: SiteLanguage) {
  const index = BankIndex.for(kindsFor(kind), fillerOf(context));
  let kept = 0;
  const source = section.type === 'team' ? translateTeam(section.props, kind, target, fillerOf(context)) : section.props;
  const props = mapCopy(section.type, source, (text) => {
    const match = index.find(text) ?? index.findClose(text);
    if (match) {
      if (match.language === target) return text;
      const translated = index.counterpart(match, target);
      if (translated !== undefined) return translated;
    }
    // The business name, or the owner's own words: offline there is no way to translate them.
    if (text !== context.business.name && hasWords(text)) kept += 1;
    return text;
  });
  return { props, kept };
}

function retone(section: Section, context: SectionContext, kind: BankKey, direction: ToneDirection) {
  const all = BankIndex.for(kindsFor(kind), fillerOf(context));
  const language = sectionLanguage(section, context, all);
  const sign = direction === 'friendlier' ? 1 : -1;
  const score = (text: string) => sign * friendliness(text, language);
  return mapCopy(section.type, section.props, (text) => {
    let out = text;
    const match = all.find(text);
    if (match && match.language === language) {
      const [best] = all.variants(match).toSorted((a, b) => score(b) - score(a));
      if (best && score(best) > score(text) + 0.01) out = best;
    }
    return toneRules(out, direction, language);
  });
}

function composerFor(context: SectionContext, language: SiteLanguage, kind: BankKey, seed: number): Composer {
  const bank = bankFor(kind, language);
  const templateId = templateOf(kind);
  const template = isTemplateId(templateId) ? templates[templateId] : templates.landing;
  const paths: ComposeInput['paths'] = { home: '/', about: '', services: '', contact: '', blog: '', pricing: '' };
  const titles: ComposeInput['titles'] = { ...bank.pages };
  // Generated sites name their pages by role ("about", "services"), so links can point at them.
  for (const key of Object.keys(paths) as Array<keyof ComposeInput['paths']>) {
    const page = context.pages.find((p) => p.id === key);
    if (!page) continue;
    paths[key] = page.path;
    if (language === context.language && key !== 'home') titles[key] = page.title;
  }
  return new Composer({
    bank,
    name: context.business.name,
    city: context.business.city,
    seed,
    motifs: template.motifs,
    paths,
    titles,
    contactEmail: context.business.email,
  });
}

const listLength = (value: unknown, fallback: number, min = 1) => (Array.isArray(value) && value.length >= min ? value.length : fallback);

function compose(type: string, c: Composer, context: SectionContext, seed: number, original?: Section): Section {
  const section = composeOrNull(type, c, context, seed, original);
  // The copy for this kind of business has nothing true to say in this section (invented reviews, staff, numbers).
  if (!section) throw new AppError('INVALID_INPUT', `There is no suggested copy for a "${type}" section of this kind of business: add your own.`);
  return section;
}

function composeOrNull(type: string, c: Composer, context: SectionContext, seed: number, original?: Section): Section | null {
  const p = original?.props ?? {};
  const str = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  switch (type) {
    case 'hero':
      return c.hero(str(p.layout, 'split') as 'split');
    case 'about':
      return c.about({ withHighlights: !original || listLength(p.highlights, 0, 0) > 0 });
    case 'features':
      return c.features(listLength(p.items, 6, 2));
    case 'services':
      return c.services(listLength(p.items, 6));
    case 'menu':
      return c.menu(6);
    case 'products':
      return c.products(listLength(p.items, 6));
    case 'gallery':
      return c.gallery(Math.max(3, listLength(p.images, 6)));
    case 'testimonials':
      return c.testimonials(listLength(p.items, 3));
    case 'pricing':
      return c.pricing();
    case 'team':
      return c.team();
    case 'stats':
      return c.stats();
    case 'faq':
      return c.faq(listLength(p.items, 5));
    case 'cta':
      return c.cta(str(p.style, 'primary') as 'primary');
    case 'logos':
      return c.logos();
    case 'blogList':
      return c.blogList(listLength(p.posts, 3));
    case 'blogPost':
      return c.blogPost(seed % 3).section;
    case 'contact':
      return c.contact({ showForm: typeof p.showForm === 'boolean' ? p.showForm : true, address: str(p.address, context.business.city) });
    default:
      throw new AppError('INVALID_INPUT', `The offline generator cannot write a "${type}" section.`);
  }
}

// What the owner set stays: uploaded images (anything not generated art) and contact details.
function keepOwnersData(original: Section, next: Section): Section {
  const keepImages = (from: unknown, to: unknown): unknown => {
    if (Array.isArray(from) && Array.isArray(to)) return to.map((v, i) => keepImages(from[i], v));
    if (from && to && typeof from === 'object' && typeof to === 'object' && !Array.isArray(from)) {
      const f = from as Record<string, unknown>;
      if (typeof f.src === 'string' && f.src && !f.src.startsWith('art:') && 'src' in (to as object)) return { ...(to as object), src: f.src, alt: f.alt };
      return Object.fromEntries(Object.entries(to).map(([k, v]) => [k, keepImages(f[k], v)]));
    }
    return to;
  };
  const props = keepImages(original.props, next.props) as Record<string, unknown>;
  if (original.type === 'contact')
    for (const key of ['address', 'phone', 'email', 'mapLink', 'hours']) if (key in original.props) props[key] = original.props[key];
  return { ...next, props };
}

// Mixes the request's seed with the section type, so "regenerate" on two sections differs.
function mix(seed: number, salt: string): number {
  let h = seed >>> 0;
  for (const ch of salt) h = (Math.imul(h ^ ch.charCodeAt(0), 0x01000193) + 0x9e3779b9) >>> 0;
  return h;
}

export function offlineSection(request: SectionRequest): { section: Section; keptTexts?: number } {
  const { context } = request;
  const kind = businessKindOf(context);
  if (request.op === 'add') {
    const about = request.about ?? '';
    const choice = chooseSectionType(about);
    const language = context.language;
    const seed = mix(request.seed, `add:${about}`);
    const section = compose(choice.type, composerFor(context, language, kind, seed), context, seed);
    // A topic no section type names gets a features section headed with the owner's words.
    if (!choice.matched) section.props = { ...section.props, heading: topicHeading(about) };
    return { section };
  }

  const original = request.section;
  if (!original) throw new AppError('INVALID_INPUT', 'Which section? Send it with its id, type and props.');

  if (request.op === 'regenerate') {
    if (original.type === 'navbar' || original.type === 'footer' || original.type === 'blogPost') {
      throw new AppError('INVALID_INPUT', 'This section is built from your pages and posts; edit it directly or rewrite it instead.');
    }
    const language = sectionLanguage(original, context, BankIndex.for(kindsFor(kind), fillerOf(context)));
    // A new seed; a few more when the bank gives the same words again.
    for (let attempt = 0; attempt < 8; attempt++) {
      const seed = mix(request.seed + attempt, `regenerate:${original.type}`);
      const next = keepOwnersData(original, compose(original.type, composerFor(context, language, kind, seed), context, seed, original));
      if (!sameCopy(next, original)) return { section: { ...next, id: original.id } };
    }
    throw new AppError('INVALID_INPUT', 'The offline generator has no other wording for this section. Try a rewrite instead.');
  }

  const instruction = request.instruction;
  let props: Record<string, unknown>;
  let keptTexts: number | undefined;
  if (instruction === 'translate') {
    const target = request.targetLanguage ?? context.language;
    const result = translate(original, context, kind, target);
    props = result.props;
    keptTexts = result.kept;
  } else if (instruction === 'shorter') {
    const index = BankIndex.for(kindsFor(kind), fillerOf(context));
    const language = sectionLanguage(original, context, index);
    // Cut at sentence boundaries first; a bank sentence that cannot be cut becomes the shortest
    // of its variants when that one is clearly shorter.
    props = mapCopy(original.type, shortenProps(original.type, original.props, language), (text) => {
      const match = index.find(text);
      if (!match || match.language !== language) return text;
      const [shortest] = index.variants(match).toSorted((a, b) => a.length - b.length);
      return shortest && shortest.length < text.length * 0.85 ? shortest : text;
    });
  } else if (instruction === 'friendlier' || instruction === 'formal') {
    props = retone(original, context, kind, instruction);
  } else {
    throw new AppError('INVALID_INPUT', 'Say how to rewrite it.');
  }
  const section = { ...original, props };
  if (sameCopy(section, original)) {
    const why: Record<string, string> = {
      shorter: 'This section is already as short as it gets.',
      friendlier: 'No friendlier wording found for this section.',
      formal: 'No more formal wording found for this section.',
      translate: 'This section is already in that language, or its words are your own and cannot be translated offline.',
    };
    throw new AppError('INVALID_INPUT', why[instruction]);
  }
  return { section, keptTexts };
}

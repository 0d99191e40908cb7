// The copy bank a site is written from: a catalogue kind's own copy (or a family's full bank for
// the kinds that have one), with the owner's own words first: the offers and qualities the
// prompt names, the event's date and venue. A kind the catalogue does not have gets honest,
// neutral copy built around the prompt's words.
import type { SiteLanguage } from '@/lib/i18n/languages';
import type { Business } from '@/lib/sites/document';
import type { IconName } from '@/lib/sites/icon-names';
import type { Kind, Offer } from '../catalogue/schema';
import type { EventDetails } from '../understand/event';
import { fold, stemPhrase } from '../understand/text';
import { copyBanks } from './banks';
import type { CopyBank } from '@/lib/sites/templates/copy-bank';
import { neutralCopy, type NeutralCopy } from './neutral';
import { priceText } from './prices';

export type BankFacts = {
  language: SiteLanguage;
  kind: Kind | null;
  // What a business of this kind is called ("Oficina mecânica"), or the owner's words for an unknown kind.
  label: string;
  offers: string[];
  qualities: string[];
  currency: Business['currency'];
  event: EventDetails | null;
};

type BankOffer = CopyBank['offers']['items'][number];

const defaultIcons: IconName[] = ['check', 'star', 'sparkles', 'heart'];

// The catalogue offer the owner's words name, if any: "conserto de freios" is the kind's "Freios".
function matchOffer(words: string, offers: Array<{ title: string; terms?: string[] }>): number {
  const stems = new Set(stemPhrase(words));
  let best = -1;
  let bestScore = 0;
  offers.forEach((offer, i) => {
    for (const phrase of [offer.title, ...(offer.terms ?? [])]) {
      const ps = stemPhrase(phrase).filter((s) => s.length > 2);
      if (!ps.length) continue;
      const hit = ps.filter((s) => stems.has(s)).length / ps.length;
      if (hit > bestScore && hit >= 0.5) {
        best = i;
        bestScore = hit;
      }
    }
  });
  return best;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase() + s.slice(1);
}

function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export function buildBank(facts: BankFacts): CopyBank {
  const { kind, language } = facts;
  const n = neutralCopy[language];
  const offerList = joinList(facts.offers.slice(0, 3).map(lowerFirst), n.and);
  // {label} and {offer} are filled here; {name} and {city} by the composer.
  const pre = (s: string) =>
    s
      .replace(/^\{label\}/, facts.label)
      .replaceAll('{label}', lowerFirst(facts.label))
      .replaceAll('{offer}', offerList);
  const usable = (list: string[]) => list.filter((s) => offerList || !s.includes('{offer}')).map(pre);

  if (kind?.bank) return withOwnersWords(copyBanks[kind.family][language], facts, n, pre);

  const own = kind && !kind.bank ? kind.locales[language] : null;
  const style = kind?.template === 'restaurant' ? 'menu' : kind?.template === 'shop' ? 'products' : 'services';
  const perLabels = n.per;
  const kindOffers: BankOffer[] = (own?.offers.items ?? []).map((o: Offer, i) => ({
    title: o.title,
    description: o.description,
    price: priceText(o.price, language, facts.currency, o.per, perLabels),
    icon: o.icon ?? kind?.icons[i % kind.icons.length] ?? 'check',
    ...(o.category ? { category: o.category } : {}),
  }));
  const bank: CopyBank = {
    kind: kind?.family ?? 'service',
    language,
    names: own ? own.names : n.names.map(pre),
    taglines: own ? own.taglines : usable(n.taglines),
    pages: { ...n.pages, services: own?.servicesPage ?? n.pages.services },
    hero: {
      eyebrows: own ? own.hero.eyebrows : usable(n.eyebrows),
      headlines: own ? own.hero.headlines : usable(n.hero.headlines),
      subheadlines: own ? own.hero.subheadlines : usable(n.hero.subheadlines),
      primaryActions: own ? own.ctas : n.ctas,
      secondaryActions: kind?.family === 'event' ? n.eventActions : n.aboutActions,
    },
    about: own ? own.about : { headings: usable(n.about.headings), paragraphs: n.about.paragraphs.map((p) => p.map(pre)), highlights: [] },
    features: own
      ? { headings: own.proof.headings, intros: own.proof.intros, items: own.proof.items }
      : { headings: n.proof.headings, intros: n.proof.intros, items: n.proof.items },
    offers: { headings: own ? own.offers.headings : n.offers.headings, intros: own ? own.offers.intros : n.offers.intros, items: kindOffers },
    testimonials: { headings: [], items: [] },
    faq: { headings: n.faqHeadings, items: own ? own.faq : n.faq },
    cta: { headings: own ? own.cta.headings : n.cta.headings, texts: own ? own.cta.texts : n.cta.texts, actions: own ? own.ctas : n.ctas },
    stats: [],
    team: [],
    pricing: own?.packages
      ? {
          headings: own.packages.headings,
          intros: own.packages.intros,
          tiers: own.packages.tiers.map((t) => ({
            name: t.name,
            price: priceText(t.price, language, facts.currency, undefined, perLabels),
            period: t.per ? perLabels[t.per] : '',
            description: t.description,
            features: t.features,
          })),
        }
      : { headings: [], intros: [], tiers: [] },
    blog: { headings: [], intros: [], posts: [] },
    contact: { headings: n.contact.headings, intros: n.contact.intros, hours: kind?.hours ?? 'office' },
    gallery: { headings: n.galleryHeadings, captions: own?.gallery ?? [] },
    logos: { headings: [], names: [] },
  };
  void style;
  return withOwnersWords(bank, facts, n, pre);
}

// The owner's offers first (described by the matching catalogue offer when there is one), their
// qualities first among the reasons to choose them, and an event's date and venue up front.
function withOwnersWords(bank: CopyBank, facts: BankFacts, n: NeutralCopy, pre: (s: string) => string): CopyBank {
  const kindItems = bank.offers.items;
  const used = new Set<number>();
  const style = facts.kind?.template === 'restaurant' ? 'menu' : facts.kind?.template === 'shop' ? 'products' : 'services';
  const firstCategory = kindItems.find((i) => i.category)?.category;
  const ownerItems: BankOffer[] = facts.offers.map((words, i) => {
    const match = matchOffer(
      words,
      kindItems.map((item) => ({ title: item.title })),
    );
    const matched = match >= 0 && !used.has(match) ? kindItems[match] : null;
    if (match >= 0) used.add(match);
    const generic = n.ownerOffer[style];
    return {
      title: words.length <= 60 ? words : words.slice(0, 60).replace(/\s+\S*$/, ''),
      description: matched?.description ?? generic[i % generic.length].replaceAll('{offer}', lowerFirst(words)),
      price: matched?.price ?? '',
      icon: matched?.icon ?? facts.kind?.icons[i % (facts.kind?.icons.length || 1)] ?? defaultIcons[i % defaultIcons.length],
      ...(style === 'menu' ? { category: matched?.category ?? firstCategory ?? n.menuCategory } : {}),
      pinned: true,
    };
  });
  const ownTitles = new Set(ownerItems.map((o) => fold(o.title)));
  const rest = kindItems.filter((item, i) => !used.has(i) && !ownTitles.has(fold(item.title)));
  const qualityItems = facts.qualities.map((q, i) => ({ icon: 'check' as IconName, title: q, text: pre(n.quality[i % n.quality.length]), pinned: true }));
  const event = facts.event;
  const eventLine = event ? eventText(event, facts.language, n) : '';
  return {
    ...bank,
    hero: eventLine ? { ...bank.hero, eyebrows: [eventLine] } : bank.hero,
    about: event ? { ...bank.about, highlights: [eventLine, ...bank.about.highlights].filter(Boolean) } : bank.about,
    offers: { ...bank.offers, items: [...ownerItems, ...rest] },
    features: { ...bank.features, items: [...qualityItems, ...bank.features.items] },
  };
}

function eventText(event: EventDetails, language: SiteLanguage, n: NeutralCopy): string {
  const date = event.date ? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${event.date}T00:00:00Z`)) : '';
  const when = date && event.time ? `${date}, ${event.time}` : date;
  if (when && event.venue) return n.at.replace('{date}', when).replace('{venue}', event.venue);
  return when || event.venue || '';
}

// Copy banks: curated, business-specific copy for the offline generator, one bank per kind of
// business and language. Every list offers variants; the generator picks by seed, so a new seed
// ("regenerate") gives different copy. Strings may use {name} and {city}, filled in later.
// No placeholder text: every string must read as finished copy for a real business.
// The shape is the templates' (they compose sites from a bank); the banks themselves are the
// offline generator's (lib/generate/offline/banks/).
import type { SiteLanguage } from '@/lib/i18n/languages';
import type { IconName } from '@/lib/sites/icon-names';

export const businessKinds = [
  'restaurant',
  'bakery',
  'cafe',
  'shop',
  'salon',
  'fitness',
  'service',
  'agency',
  'saas',
  'portfolio',
  'blog',
  'event',
  'nonprofit',
] as const;
export type BusinessKind = (typeof businessKinds)[number];

export type MenuTag = 'vegetarian' | 'vegan' | 'glutenFree' | 'spicy' | 'dairyFree';
type Variants = string[]; // at least 3 variants each, unless noted

export type CopyBank = {
  kind: BusinessKind;
  language: SiteLanguage;
  // Invented business names when the prompt gives none (at least 6); may use {city}.
  names: Variants;
  taglines: Variants;
  // Navigation labels and page titles for the pages templates make.
  pages: {
    home: string;
    about: string;
    services: string; // or "Menu", "Shop", "Work", "Program", "Blog"… whatever the main offer page is called for this kind
    contact: string;
    blog: string;
    pricing: string;
  };
  hero: { eyebrows: Variants; headlines: Variants; subheadlines: Variants; primaryActions: Variants; secondaryActions: Variants };
  about: { headings: Variants; paragraphs: string[][]; highlights: string[] };
  features: { headings: Variants; intros: Variants; items: Array<{ icon: IconName; title: string; text: string; pinned?: boolean }> }; // 6+ items; pinned: the owner's own words, always shown first
  // What the business sells. `price` is a plain number string in the language's usual currency ("12.50").
  offers: {
    headings: Variants;
    intros: Variants;
    items: Array<{ title: string; description: string; price: string; icon: IconName; tags?: MenuTag[]; category?: string; pinned?: boolean }>; // 8+ items; pinned: named by the owner, always shown first
  };
  testimonials: { headings: Variants; items: Array<{ quote: string; name: string; role: string }> }; // 6+ items
  faq: { headings: Variants; items: Array<{ question: string; answer: string }> }; // 6+ items
  cta: { headings: Variants; texts: Variants; actions: Variants };
  stats: Array<{ value: string; label: string }>; // 4+ items
  team: Array<{ name: string; role: string; bio: string }>; // 3+ items (people names fitting the language and place)
  // Headings for the team section ("Meet the bakers", "Speakers"); a generic one is used when absent.
  teamHeadings?: Variants;
  // Plans, packages, tickets or memberships, as suits the kind: exactly 3 tiers, the middle one the popular choice.
  pricing: { headings: Variants; intros: Variants; tiers: Array<{ name: string; price: string; period: string; description: string; features: string[] }> };
  // Articles this business would publish (news, tips, recipes, case studies): 3+ posts, each long enough to read as a real post.
  blog: {
    headings: Variants;
    intros: Variants;
    posts: Array<{ title: string; slug: string; excerpt: string; paragraphs: string[]; subheading: string; listItems: string[]; quote: string }>;
  };
  contact: { headings: Variants; intros: Variants; hours: 'retail' | 'office' | 'restaurant' | 'gym' | 'event' };
  gallery: { headings: Variants; captions: string[] }; // 6+ captions
  logos: { headings: Variants; names: string[] }; // 5+ names (partners, press, clients)
};

// One file per kind in lib/generate/offline/banks/<kind>.ts exports its banks in every site language.
export type KindBanks = Record<SiteLanguage, CopyBank>;

// Builds sections from a copy bank: each builder picks copy variants with a seeded random
// source (same seed, same site), fills {name} and {city}, and returns props typed by the
// section's own schema, so a template cannot produce a section validation would refuse.
import type { ArtMotif } from '@/lib/sites/art-motifs';
import type { CopyBank, MenuTag } from './copy-bank';
import type { Section } from '@/lib/sites/document';
import type { IconName } from '@/lib/sites/icon-names';
import type { SectionType } from '@/lib/sites/section-catalogue';
import { sectionSchemas, type SectionProps } from '@/lib/sites/section-schemas';
import { slugify } from '@/lib/sites/slug';
import { seededRandom } from '@/lib/random';

export type PageSpec = { key: 'home' | 'about' | 'services' | 'contact' | 'blog' | 'pricing'; path: string; title: string };

export { seededRandom };

export type ComposeInput = {
  bank: CopyBank;
  name: string;
  city: string;
  seed: number;
  motifs: ArtMotif[];
  // Paths of the pages the template makes, by role, so links point at real pages.
  paths: Record<PageSpec['key'], string>;
  titles: Record<PageSpec['key'], string>;
  contactEmail: string;
};

const hoursPresets: Record<CopyBank['contact']['hours'], SectionProps<'contact'>['hours']> = {
  restaurant: [
    { day: 'monday', opens: '11:30', closes: '22:00', closed: true },
    ...(['tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => ({ day, opens: '11:30', closes: '22:00', closed: false })),
    { day: 'saturday', opens: '11:00', closes: '23:00', closed: false },
    { day: 'sunday', opens: '11:00', closes: '17:00', closed: false },
  ],
  retail: [
    ...(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => ({ day, opens: '09:00', closes: '19:00', closed: false })),
    { day: 'saturday', opens: '09:00', closes: '14:00', closed: false },
    { day: 'sunday', opens: '09:00', closes: '14:00', closed: true },
  ],
  office: (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => ({ day, opens: '09:00', closes: '18:00', closed: false })),
  gym: [
    ...(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => ({ day, opens: '06:00', closes: '22:00', closed: false })),
    { day: 'saturday', opens: '08:00', closes: '14:00', closed: false },
    { day: 'sunday', opens: '08:00', closes: '12:00', closed: true },
  ],
  event: [],
};

export class Composer {
  private readonly random: () => number;
  private counter = 0;
  private artCounter = 0;

  constructor(private readonly input: ComposeInput) {
    this.random = seededRandom(input.seed);
  }

  private fill(text: string): string {
    return text
      .replaceAll('{name}', this.input.name)
      .replaceAll('{city}', this.input.city)
      .replace(/\s+([,.!?])/g, '$1')
      .replace(/\s{2,}/g, ' ')
      .trim();
  }

  // Picks one variant; variants that need the city are skipped when the city is unknown.
  pick(variants: string[]): string {
    const usable = this.input.city ? variants : variants.filter((v) => !v.includes('{city}'));
    const list = usable.length ? usable : variants.map((v) => v.replace(/\s*(em|in|en)\s*\{city\}/g, '').replace('{city}', ''));
    return this.fill(list[Math.floor(this.random() * list.length)]);
  }

  // Picks n distinct items, keeping their order stable for a given seed. Items the owner named
  // (pinned) always come first.
  take<T>(items: T[], n: number): T[] {
    const isPinned = (item: T) => !!item && typeof item === 'object' && (item as { pinned?: boolean }).pinned === true;
    const pinned = items.filter(isPinned).slice(0, n);
    const indexed = items.filter((item) => !isPinned(item)).map((item, i) => ({ item, i, r: this.random() }));
    const rest = indexed
      .sort((a, b) => a.r - b.r)
      .slice(0, Math.max(0, Math.min(n, items.length) - pinned.length))
      .sort((a, b) => a.i - b.i)
      .map((x) => x.item);
    return [...pinned, ...rest];
  }

  art(): string {
    const motif = this.input.motifs[(this.artCounter + Math.floor(this.random() * this.input.motifs.length)) % this.input.motifs.length];
    this.artCounter += 1;
    return `art:${motif}:${1 + Math.floor(this.random() * 9999)}`;
  }

  private section<T extends SectionType>(type: T, props: SectionProps<T>): Section {
    this.counter += 1;
    return { id: `${type}-${this.counter}`, type, props: this.fit(type, props as Record<string, unknown>) };
  }

  // A long name or town can push a sentence past its field's limit ("Limpeza em <a 60-letter place>"):
  // the sentence then drops the town, else ends at the last whole word that fits.
  private fit(type: SectionType, props: Record<string, unknown>): Record<string, unknown> {
    const result = sectionSchemas[type].safeParse(props);
    if (result.success) return props;
    const out = structuredClone(props);
    for (const issue of result.error.issues) {
      if (issue.code !== 'too_big' || issue.origin !== 'string') continue;
      const max = Number(issue.maximum);
      const parent = issue.path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)[key as PropertyKey], out) as Record<
        PropertyKey,
        unknown
      >;
      const key = issue.path[issue.path.length - 1] as PropertyKey;
      const value = String(parent[key]);
      const city = this.input.city;
      const withoutCity = city
        ? value
            .replace(new RegExp(`\\s*(?:,|\\b(?:em|no|na|in|en|de)\\b)?\\s*${city.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g'), '')
            .replace(/\s{2,}/g, ' ')
            .trim()
        : value;
      if (withoutCity.length <= max && withoutCity.length > 0) parent[key] = withoutCity;
      else {
        const cut = value.slice(0, max - 1);
        parent[key] = `${(cut.includes(' ') ? cut.slice(0, cut.lastIndexOf(' ')) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
      }
    }
    return out;
  }

  private get b() {
    return this.input.bank;
  }

  navbar(): Section {
    const { paths, titles } = this.input;
    const keys = (['about', 'services', 'pricing', 'blog', 'contact'] as const).filter((k) => paths[k]);
    return this.section('navbar', {
      logoText: this.input.name,
      links: keys.filter((k) => k !== 'contact').map((k) => ({ label: titles[k], href: paths[k] })),
      action: paths.contact ? { label: titles.contact, href: paths.contact } : { label: '', href: '' },
    });
  }

  hero(layout: SectionProps<'hero'>['layout'], opts: { primaryHref?: string; secondaryHref?: string } = {}): Section {
    return this.section('hero', {
      layout,
      eyebrow: this.pick(this.b.hero.eyebrows),
      headline: this.pick(this.b.hero.headlines),
      subheadline: this.pick(this.b.hero.subheadlines),
      primaryAction: { label: this.pick(this.b.hero.primaryActions), href: opts.primaryHref ?? (this.input.paths.services || '#contact') },
      secondaryAction: { label: this.pick(this.b.hero.secondaryActions), href: opts.secondaryHref ?? (this.input.paths.about || '#about') },
      image: { src: this.art(), alt: '' },
    });
  }

  about(opts: { withHighlights?: boolean } = {}): Section {
    const set = this.b.about.paragraphs[Math.floor(this.random() * this.b.about.paragraphs.length)] ?? [];
    return this.section('about', {
      eyebrow: this.input.titles.about,
      heading: this.pick(this.b.about.headings),
      body: set.map((p) => this.fill(p)).slice(0, 6),
      image: { src: this.art(), alt: '' },
      imagePosition: this.random() > 0.5 ? 'left' : 'right',
      highlights: opts.withHighlights === false ? [] : this.take(this.b.about.highlights, 3).map((h) => this.fill(h)),
    });
  }

  features(count = 6): Section | null {
    if (!this.b.features.items.length) return null;
    return this.section('features', {
      eyebrow: '',
      heading: this.pick(this.b.features.headings),
      intro: this.pick(this.b.features.intros),
      items: this.take(this.b.features.items, count).map((item) => ({ icon: item.icon, title: this.fill(item.title), text: this.fill(item.text) })),
    });
  }

  services(count = 6, opts: { withPrices?: boolean } = {}): Section | null {
    if (!this.b.offers.items.length) return null;
    return this.section('services', {
      eyebrow: this.input.titles.services,
      heading: this.pick(this.b.offers.headings),
      intro: this.pick(this.b.offers.intros),
      items: this.take(this.b.offers.items, count).map((item) => ({
        title: this.fill(item.title),
        description: this.fill(item.description),
        price: opts.withPrices === false || Number(item.price) === 0 ? '' : item.price,
        icon: item.icon as IconName,
      })),
      action: this.input.paths.contact ? { label: this.input.titles.contact, href: this.input.paths.contact } : { label: '', href: '' },
    });
  }

  menu(perCategory = 6): Section | null {
    if (!this.b.offers.items.length) return null;
    const categories = new Map<string, Array<{ name: string; description: string; price: string; tags: MenuTag[] }>>();
    for (const item of this.b.offers.items) {
      const name = item.category || this.input.titles.services;
      if (!categories.has(name)) categories.set(name, []);
      const price = Number(item.price) === 0 ? '' : item.price;
      categories.get(name)!.push({ name: this.fill(item.title), description: this.fill(item.description), price, tags: item.tags ?? [] });
    }
    return this.section('menu', {
      eyebrow: this.input.titles.services,
      heading: this.pick(this.b.offers.headings),
      intro: this.pick(this.b.offers.intros),
      categories: [...categories].slice(0, 6).map(([name, items]) => ({ name, items: items.slice(0, perCategory) })),
      note: '',
    });
  }

  products(count = 6): Section | null {
    if (!this.b.offers.items.length) return null;
    return this.section('products', {
      eyebrow: this.input.titles.services,
      heading: this.pick(this.b.offers.headings),
      intro: this.pick(this.b.offers.intros),
      items: this.take(this.b.offers.items, count).map((item) => ({
        name: this.fill(item.title),
        description: this.fill(item.description),
        price: item.price,
        image: { src: this.art(), alt: this.fill(item.title) },
        orderLink: { label: '', href: this.input.paths.contact || '#contact' },
      })),
    });
  }

  gallery(count = 6): Section | null {
    if (!this.b.gallery.captions.length) return null;
    return this.section('gallery', {
      eyebrow: '',
      heading: this.pick(this.b.gallery.headings),
      intro: '',
      layout: this.random() > 0.5 ? 'mosaic' : 'grid',
      images: this.take(this.b.gallery.captions, count).map((caption) => ({ src: this.art(), alt: this.fill(caption), caption: this.fill(caption) })),
    });
  }

  testimonials(count = 3): Section | null {
    if (!this.b.testimonials.items.length) return null;
    return this.section('testimonials', {
      eyebrow: '',
      heading: this.pick(this.b.testimonials.headings),
      intro: '',
      items: this.take(this.b.testimonials.items, count).map((t) => ({ quote: this.fill(t.quote), name: t.name, role: this.fill(t.role), rating: 5 })),
    });
  }

  pricing(): Section | null {
    if (!this.b.pricing.tiers.length) return null;
    const tiers = this.b.pricing.tiers.slice(0, 3);
    return this.section('pricing', {
      eyebrow: this.input.titles.pricing,
      heading: this.pick(this.b.pricing.headings),
      intro: this.pick(this.b.pricing.intros),
      tiers: tiers.map((tier, i) => ({
        name: this.fill(tier.name),
        price: tier.price,
        period: tier.period,
        description: this.fill(tier.description),
        features: tier.features.map((f) => this.fill(f)).slice(0, 12),
        action: { label: this.pick(this.b.cta.actions), href: this.input.paths.contact || '#contact' },
        highlighted: i === 1,
      })),
      note: '',
    });
  }

  team(): Section | null {
    if (!this.b.team.length) return null;
    return this.section('team', {
      eyebrow: this.input.titles.about,
      heading: this.pick(this.b.teamHeadings ?? [teamHeading[this.b.language]]),
      intro: '',
      imageShape: this.random() > 0.5 ? 'round' : 'square',
      members: this.b.team.slice(0, 4).map((m) => ({ name: m.name, role: this.fill(m.role), bio: this.fill(m.bio), image: { src: this.art(), alt: m.name } })),
    });
  }

  stats(): Section | null {
    if (!this.b.stats.length) return null;
    return this.section('stats', { heading: '', intro: '', items: this.b.stats.slice(0, 4).map((s) => ({ value: s.value, label: this.fill(s.label) })) });
  }

  faq(count = 6): Section | null {
    if (!this.b.faq.items.length) return null;
    return this.section('faq', {
      eyebrow: '',
      heading: this.pick(this.b.faq.headings),
      intro: '',
      items: this.take(this.b.faq.items, count).map((f) => ({ question: this.fill(f.question), answer: this.fill(f.answer) })),
    });
  }

  cta(style: SectionProps<'cta'>['style'] = 'primary', href?: string): Section {
    return this.section('cta', {
      style,
      heading: this.pick(this.b.cta.headings),
      text: this.pick(this.b.cta.texts),
      action: { label: this.pick(this.b.cta.actions), href: href ?? (this.input.paths.contact || '#contact') },
      secondaryAction: { label: '', href: '' },
    });
  }

  logos(): Section | null {
    if (!this.b.logos.names.length) return null;
    return this.section('logos', { heading: this.pick(this.b.logos.headings), items: this.b.logos.names.slice(0, 6).map((name) => ({ name })) });
  }

  blogPostPath(slug: string): string {
    return `${this.input.paths.blog || '/blog'}/${slugify(slug)}`;
  }

  blogList(count = 3): Section | null {
    if (!this.b.blog.posts.length) return null;
    return this.section('blogList', {
      eyebrow: '',
      heading: this.pick(this.b.blog.headings),
      intro: this.pick(this.b.blog.intros),
      posts: this.b.blog.posts.slice(0, count).map((post, i) => ({
        title: this.fill(post.title),
        excerpt: this.fill(post.excerpt),
        date: postDate(i),
        href: this.blogPostPath(post.slug),
        image: { src: this.art(), alt: '' },
        readingMinutes: readingMinutes(post.paragraphs.join(' ')),
      })),
    });
  }

  hasBlogPost(index: number): boolean {
    return !!this.b.blog.posts[index];
  }

  blogPost(index: number): { path: string; title: string; description: string; section: Section } {
    const post = this.b.blog.posts[index];
    const [first, ...rest] = post.paragraphs.map((p) => this.fill(p));
    const section = this.section('blogPost', {
      title: this.fill(post.title),
      lead: this.fill(post.excerpt),
      date: postDate(index),
      author: this.b.team[0]?.name ?? this.input.name,
      readingMinutes: readingMinutes(post.paragraphs.join(' ')),
      cover: { src: this.art(), alt: '' },
      body: [
        { kind: 'paragraph', text: first ?? '' },
        { kind: 'heading', text: this.fill(post.subheading), level: 2 },
        ...rest.slice(0, 1).map((text) => ({ kind: 'paragraph' as const, text })),
        { kind: 'list', ordered: false, items: post.listItems.map((item) => this.fill(item)) },
        { kind: 'quote', text: this.fill(post.quote), cite: this.input.name },
        ...rest.slice(1).map((text) => ({ kind: 'paragraph' as const, text })),
      ],
    });
    return { path: this.blogPostPath(post.slug), title: this.fill(post.title), description: this.fill(post.excerpt), section };
  }

  contact(opts: { showForm?: boolean; address?: string } = {}): Section {
    return this.section('contact', {
      eyebrow: this.input.titles.contact,
      heading: this.pick(this.b.contact.headings),
      intro: this.pick(this.b.contact.intros),
      showForm: opts.showForm ?? true,
      address: opts.address ?? this.input.city,
      phone: '',
      email: this.input.contactEmail,
      mapLink: this.input.city ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${this.input.name} ${this.input.city}`)}` : '',
      hours: hoursPresets[this.b.contact.hours],
    });
  }

  footer(tagline: string): Section {
    const { paths, titles } = this.input;
    const keys = (['home', 'about', 'services', 'pricing', 'blog', 'contact'] as const).filter((k) => paths[k]);
    return this.section('footer', {
      tagline,
      columns: [{ title: this.input.name, links: keys.map((k) => ({ label: titles[k], href: paths[k] })) }],
      address: this.input.city,
      phone: '',
      email: this.input.contactEmail,
      social: [],
      year: 2026,
    });
  }
}

export const teamHeading = { en: 'Meet the team', 'pt-BR': 'Conheça a equipe', es: 'Conoce al equipo' } as const;

// Posts get recent, fixed dates so the same seed gives the same site.
function postDate(index: number): string {
  const d = new Date(Date.UTC(2026, 9, 20 - index * 11));
  return d.toISOString().slice(0, 10);
}

function readingMinutes(text: string): number {
  return Math.max(2, Math.round(text.split(/\s+/).length / 200) + 1);
}

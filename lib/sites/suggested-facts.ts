// Sections that state facts about the business (reviews, the team, numbers, client logos) are
// only suggestions when a generator or the section library wrote them: published as they are they
// would be invented reviews and false claims. The document remembers, per section, the claims that
// were suggested (a short hash of each review, member, figure or logo); a claim the owner rewrote
// is theirs. Publishing refuses while a section still shows a suggested claim that the owner has
// not confirmed as true (see lib/publish/publish.ts and the editor's publish dialog).
// Pure and shared by the server and the editor.
import type { Section, SiteDocument, Suggestion } from './document';

// Per factual type: the list that holds its claims, and what in one item is the claim.
const factual: Record<string, { list: string; claim: (item: Record<string, unknown>) => unknown[] }> = {
  testimonials: { list: 'items', claim: (item) => [item.quote, item.name] },
  team: { list: 'members', claim: (item) => [item.name] },
  stats: { list: 'items', claim: (item) => [item.value, item.label] },
  logos: { list: 'items', claim: (item) => [item.name] },
};

export const isFactualSection = (type: string) => Object.hasOwn(factual, type);

// FNV-1a, 32 bits: enough to tell a suggested claim from the owner's own words; not a secret.
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

// Case, spacing and surrounding blanks do not make a claim the owner's own.
const normal = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim() : String(value ?? ''));

// The hash of each claim a section makes (none for a type that makes no claims).
export function claimHashes(type: string, props: Record<string, unknown>): string[] {
  const spec = factual[type];
  const items = spec ? props[spec.list] : undefined;
  if (!Array.isArray(items)) return [];
  return items
    .filter((item): item is Record<string, unknown> => Boolean(item) && typeof item === 'object')
    .map((item) => hash(spec.claim(item).map(normal).join('\u0000')));
}

// Marks a section's current claims as suggested (not confirmed). Other sections are unchanged.
export function markSuggested(doc: SiteDocument, section: Pick<Section, 'id' | 'type' | 'props'>): SiteDocument {
  const claims = claimHashes(section.type, section.props);
  if (!claims.length) return doc;
  return { ...doc, suggestions: { ...doc.suggestions, [section.id]: { claims, confirmed: false } } };
}

// Marks every factual section that has no record yet: a generated site, before it is first saved.
export function markSuggestions(doc: SiteDocument): SiteDocument {
  let out = doc;
  for (const page of doc.pages) {
    for (const section of page.sections) if (!out.suggestions?.[section.id]) out = markSuggested(out, section);
  }
  return out;
}

export type PendingFact = {
  sectionId: string;
  type: string;
  pageId: string;
  pageTitle: string;
  pagePath: string;
  heading: string;
  // How many of the section's claims are still suggestions (of `total`).
  suggested: number;
  total: number;
};

// The claims a section added from the library starts with are suggestions too.
export type DefaultsOf = (type: string) => Record<string, unknown> | undefined;

// Whether a section still shows a suggested claim the owner has not confirmed. A copy of a
// suggested section (duplicated, pasted) or a library section's sample content counts too.
export function pendingClaims(doc: Pick<SiteDocument, 'suggestions'>, section: Pick<Section, 'id' | 'type' | 'props'>, defaultsOf?: DefaultsOf): number {
  const claims = claimHashes(section.type, section.props);
  if (!claims.length) return 0;
  const own = doc.suggestions?.[section.id];
  if (own?.confirmed) return 0;
  const suggested = new Set(own?.claims);
  for (const [id, other] of Object.entries(doc.suggestions ?? {})) if (id !== section.id && !other.confirmed) for (const c of other.claims) suggested.add(c);
  const defaults = defaultsOf?.(section.type);
  if (defaults) for (const c of claimHashes(section.type, defaults)) suggested.add(c);
  return claims.filter((c) => suggested.has(c)).length;
}

export function pendingFacts(doc: SiteDocument, defaultsOf?: DefaultsOf): PendingFact[] {
  const out: PendingFact[] = [];
  for (const page of doc.pages) {
    for (const section of page.sections) {
      const suggested = pendingClaims(doc, section, defaultsOf);
      if (!suggested) continue;
      out.push({
        sectionId: section.id,
        type: section.type,
        pageId: page.id,
        pageTitle: page.title,
        pagePath: page.path,
        heading: typeof section.props.heading === 'string' ? section.props.heading : '',
        suggested,
        total: claimHashes(section.type, section.props).length,
      });
    }
  }
  return out;
}

// The owner confirms that these sections state true facts: remembered per section, with the
// claims they confirmed (a later regenerated section is a suggestion again).
export function confirmFacts(doc: SiteDocument, sectionIds: readonly string[]): SiteDocument {
  const ids = new Set(sectionIds);
  const suggestions: Record<string, Suggestion> = { ...doc.suggestions };
  for (const page of doc.pages) {
    for (const section of page.sections) {
      if (!ids.has(section.id)) continue;
      const claims = claimHashes(section.type, section.props);
      if (claims.length) suggestions[section.id] = { claims, confirmed: true };
    }
  }
  return { ...doc, suggestions };
}

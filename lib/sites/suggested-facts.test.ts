import { describe, expect, it } from 'vitest';
import { sectionOf, testDocument } from '@/test/documents';
import type { SiteDocument } from './document';
import { sectionDefaults } from './section-defaults';
import { claimHashes, confirmFacts, markSuggested, markSuggestions, pendingFacts } from './suggested-facts';
import { parseSiteDocument } from './validate';

const defaultsOf = (type: string) => (sectionDefaults as Record<string, Record<string, unknown>>)[type];

// A site as a generator leaves it: reviews and a team on the home page, figures on another.
function generated(): SiteDocument {
  const doc = testDocument();
  doc.pages[0].sections.push(
    sectionOf('testimonials', 'reviews', {
      items: [
        { quote: 'Best bread in town.', name: 'Ana Souza', role: '', rating: 5 },
        { quote: 'Lovely people.', name: 'Rui Lima', role: '', rating: 5 },
      ],
    }),
    sectionOf('team', 'team', { members: [{ name: 'Claire Dubois', role: 'Baker', bio: '', image: { src: 'art:blobs:1', alt: '' } }] }),
    sectionOf('faq', 'faq'),
  );
  doc.pages.push({ id: 'about', path: '/about', title: 'About', description: '', socialImage: '', sections: [sectionOf('stats', 'figures')] });
  return markSuggestions(doc);
}

const itemsOf = (doc: SiteDocument, id: string) => doc.pages.flatMap((p) => p.sections).find((s) => s.id === id)!;

describe('suggested facts', () => {
  it('lists every factual section a generator wrote, and no other', () => {
    const pending = pendingFacts(generated(), defaultsOf);
    expect(pending.map((p) => [p.sectionId, p.type, p.pagePath, p.suggested, p.total])).toEqual([
      ['reviews', 'testimonials', '/', 2, 2],
      ['team', 'team', '/', 1, 1],
      ['figures', 'stats', '/about', 4, 4],
    ]);
  });

  it('survives validation and the editor: the document keeps its records through parse and JSON', () => {
    const doc = parseSiteDocument(JSON.parse(JSON.stringify(generated())));
    expect(pendingFacts(doc).map((p) => p.sectionId)).toEqual(['reviews', 'team', 'figures']);
  });

  it('a claim the owner rewrote is theirs; one left as suggested keeps the section listed', () => {
    const doc = structuredClone(generated());
    const reviews = itemsOf(doc, 'reviews').props.items as { quote: string; name: string }[];
    reviews[0] = { ...reviews[0], quote: 'They baked our wedding cake and it was perfect.', name: 'Joana Reis' };
    expect(pendingFacts(doc).find((p) => p.sectionId === 'reviews')).toMatchObject({ suggested: 1, total: 2 });
    reviews[1] = { ...reviews[1], quote: 'Open early, always fresh.', name: 'Paulo M.' };
    expect(pendingFacts(doc).map((p) => p.sectionId)).toEqual(['team', 'figures']);
  });

  it('case and spacing do not make a claim new; a changed heading or rating does not either', () => {
    const doc = structuredClone(generated());
    const section = itemsOf(doc, 'reviews');
    section.props.heading = 'Our customers';
    const items = section.props.items as { quote: string; rating: number }[];
    items[0].quote = '  BEST bread   in town. ';
    items[0].rating = 4;
    expect(pendingFacts(doc).find((p) => p.sectionId === 'reviews')).toMatchObject({ suggested: 2 });
  });

  it('a copy of a suggested section, or a library section as it comes, is a suggestion too', () => {
    const doc = structuredClone(generated());
    const copy = { ...structuredClone(itemsOf(doc, 'team')), id: 'team-copy' };
    doc.pages[1].sections.push(copy, sectionOf('logos', 'clients'));
    const ids = pendingFacts(doc, defaultsOf).map((p) => p.sectionId);
    expect(ids).toContain('team-copy');
    expect(ids).toContain('clients');
    // Without knowing the library's samples, its logos are not recognised.
    expect(pendingFacts(doc).map((p) => p.sectionId)).not.toContain('clients');
  });

  it('confirmation is remembered per section and covers only the claims confirmed', () => {
    let doc = confirmFacts(generated(), ['team']);
    expect(pendingFacts(doc).map((p) => p.sectionId)).toEqual(['reviews', 'figures']);
    expect(doc.suggestions?.team).toEqual({ claims: claimHashes('team', itemsOf(doc, 'team').props), confirmed: true });
    // Written again by the AI: a suggestion once more.
    doc = markSuggested(doc, itemsOf(doc, 'team'));
    expect(pendingFacts(doc).map((p) => p.sectionId)).toContain('team');
    // Confirming an id that is not a factual section records nothing.
    expect(confirmFacts(doc, ['faq', 'nope']).suggestions).toEqual(doc.suggestions);
  });

  it('marking leaves confirmed and owner sections as they are, and non-factual sections unmarked', () => {
    const confirmed = confirmFacts(generated(), ['reviews']);
    const again = markSuggestions(confirmed);
    expect(again.suggestions?.reviews?.confirmed).toBe(true);
    expect(Object.keys(again.suggestions ?? {}).sort()).toEqual(['figures', 'reviews', 'team']);
  });

  it('rejects records that are not hashes', () => {
    const doc = generated();
    expect(() => parseSiteDocument({ ...doc, suggestions: { reviews: { claims: ['<script>'], confirmed: false } } })).toThrow(/not valid/);
  });
});

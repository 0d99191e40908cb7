// The home page's JSON-LD names the kind's own schema.org type for every kind in the catalogue
// (a dentist is a Dentist, a vet VeterinaryCare), with both the offline generator and a document
// from before the type was stored.
import { describe, expect, it } from 'vitest';
import { loadKinds } from '@/lib/generate/catalogue/load';
import { structuredData } from '@/lib/render/structured-data';
import { parseSiteDocument } from '@/lib/sites/validate';
import { OfflineGenerator } from './generator';

// Kinds schema.org has no narrower type for (a coworking space, pet grooming, pet sitting, dog training, a funeral home, a
// taxi firm: schema.org's TaxiService is a Service, the ride, which has no address, telephone or price range of its own).
const noNarrowerType = new Set(['coworking', 'pet-grooming', 'pet-sitting', 'dog-training', 'funeral-home', 'taxi']);

describe('structured data by kind', () => {
  const kinds = loadKinds();

  it('every kind names a specific schema.org type, not the catch-all', () => {
    const generic = kinds.filter((k) => k.schemaType === 'LocalBusiness' && !noNarrowerType.has(k.id)).map((k) => k.id);
    expect(generic).toEqual([]);
    expect(kinds.find((k) => k.id === 'dentist')?.schemaType).toBe('Dentist');
    expect(kinds.find((k) => k.id === 'veterinarian')?.schemaType).toBe('VeterinaryCare');
    expect(kinds.find((k) => k.id === 'car-dealer')?.schemaType).toBe('AutoDealer');
    expect(kinds.find((k) => k.id === 'car-rental')?.schemaType).toBe('AutoRental');
    expect(kinds.find((k) => k.id === 'party-entertainer')?.schemaType).toBe('EntertainmentBusiness');
    expect(kinds.find((k) => k.id === 'self-storage')?.schemaType).toBe('SelfStorage');
    // schema.org has no towing type: a tow company is the automotive business it is.
    expect(kinds.find((k) => k.id === 'towing')?.schemaType).toBe('AutomotiveBusiness');
    // schema.org has no metalworker or welder type: a home-and-construction trade, as a carpenter is.
    expect(kinds.find((k) => k.id === 'metalwork')?.schemaType).toBe('HomeAndConstructionBusiness');
    expect(kinds.find((k) => k.id === 'shoe-repair')?.schemaType).toBe('ProfessionalService');
    // schema.org has no upholsterer: the home-furnishing trades' type, as for a carpenter.
    expect(kinds.find((k) => k.id === 'upholstery')?.schemaType).toBe('HomeAndConstructionBusiness');
    // A recruitment or staffing agency is schema.org's EmploymentAgency.
    expect(kinds.find((k) => k.id === 'recruitment')?.schemaType).toBe('EmploymentAgency');
    // schema.org has no luthier or instrument repairer: a skilled trade's professional service, as for a cobbler.
    expect(kinds.find((k) => k.id === 'instrument-repair')?.schemaType).toBe('ProfessionalService');
    // schema.org has no stone fabricator or marble works type: a home-and-construction trade, as a carpenter is.
    expect(kinds.find((k) => k.id === 'stone-countertops')?.schemaType).toBe('HomeAndConstructionBusiness');
    // schema.org has no waste or skip-hire type: a home-and-construction business, whose jobs fill the skips.
    expect(kinds.find((k) => k.id === 'skip-hire')?.schemaType).toBe('HomeAndConstructionBusiness');
    // schema.org has no mortgage broker: a local business that arranges loans is a FinancialService (as an accountant's
    // AccountingService and an insurance broker's InsuranceAgency are).
    expect(kinds.find((k) => k.id === 'mortgage-broker')?.schemaType).toBe('FinancialService');
    // Nor a financial adviser or planner: personal financial advice is a FinancialService too.
    expect(kinds.find((k) => k.id === 'financial-advisor')?.schemaType).toBe('FinancialService');
  });

  it('a generated site of each kind carries that kind’s type on its home page', async () => {
    const generator = new OfflineGenerator();
    const wrong: string[] = [];
    for (const kind of kinds) {
      const { document } = await generator.generate({ prompt: `${kind.locales.en.label} in Lisbon`, seed: 1, facts: { kindId: kind.id } }, () => {});
      const data = structuredData(parseSiteDocument(document), 'https://example.test');
      if (data['@type'] !== kind.schemaType) wrong.push(`${kind.id}: ${String(data['@type'])}`);
    }
    expect(wrong).toEqual([]);
  });
});

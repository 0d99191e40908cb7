// JSON-LD for the home page: a LocalBusiness (or a more specific type) with what the site knows.
import type { SiteDocument } from '@/lib/sites/document';

const schemaTypes: Record<string, string> = {
  restaurant: 'Restaurant',
  bakery: 'Bakery',
  cafe: 'CafeOrCoffeeShop',
  shop: 'Store',
  fitness: 'SportsActivityLocation',
  salon: 'BeautySalon',
  nonprofit: 'NGO',
  agency: 'ProfessionalService',
  service: 'HomeAndConstructionBusiness',
  event: 'Organization',
  portfolio: 'Person',
  blog: 'Organization',
  saas: 'Organization',
};

export function structuredData(doc: SiteDocument, origin: string): Record<string, unknown> {
  const b = doc.business;
  const type = b.schemaType || schemaTypes[b.kind] || 'LocalBusiness';
  const data: Record<string, unknown> = { '@context': 'https://schema.org', '@type': type, name: b.name, url: `${origin}/` };
  if (b.tagline) data.description = b.tagline;
  if (b.phone) data.telephone = b.phone;
  if (b.email) data.email = b.email;
  if (b.priceRange) data.priceRange = b.priceRange;
  if (b.address || b.city) {
    data.address = { '@type': 'PostalAddress', ...(b.address ? { streetAddress: b.address } : {}), ...(b.city ? { addressLocality: b.city } : {}) };
  }
  return data;
}

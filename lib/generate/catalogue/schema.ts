// The catalogue of kinds of business, as data: one JSON file per kind in ./kinds/, validated by
// this schema (at load and by catalogue.test.ts). Adding a kind is adding a file.
import { z } from 'zod';
import { siteLanguageSchema } from '@/lib/i18n/schemas';
import { iconSchema } from '@/lib/sites/primitives';
import { templateIds } from '@/lib/sites/templates/ids';

// The families the templates already serve: each has a full copy bank in ../offline/banks/.
export const families = [
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

export const hoursPresets = ['retail', 'office', 'restaurant', 'gym', 'event'] as const;
export const priceUnits = ['hour', 'night', 'month', 'session', 'person', 'class', 'day', 'kg', 'm2', 'item'] as const;
export type PriceUnit = (typeof priceUnits)[number];

const line = (max: number) => z.string().trim().min(2).max(max);
// Copy may use {name} (the business name) and {city}; nothing else in braces.
const copy = (max: number) => line(max).refine((s) => !/\{(?!name\}|city\})[^}]*\}/.test(s), 'Only {name} and {city} may appear in braces');
const variants = (max: number, min = 2) => z.array(copy(max)).min(min);

export const offerSchema = z.object({
  title: copy(60),
  description: copy(200),
  // Typical price range in the language's own currency (en: USD, pt-BR: BRL, es: EUR); leave out
  // where a price makes no sense. [min, max]; min = max for a fixed price.
  price: z
    .tuple([z.number().nonnegative(), z.number().nonnegative()])
    .refine(([min, max]) => min <= max, 'price is [min, max]')
    .optional(),
  per: z.enum(priceUnits).optional(),
  icon: iconSchema.optional(),
  // Menu categories (food kinds) or groups; offers sharing one are shown together.
  category: line(40).optional(),
  // Other ways owners name this offer in a prompt ("troca de óleo" for "Oil change").
  terms: z.array(line(60)).optional(),
});
export type Offer = z.infer<typeof offerSchema>;

const proofItemSchema = z.object({ icon: iconSchema, title: copy(60), text: copy(200) });
const faqItemSchema = z.object({ question: copy(140), answer: copy(400) });

// What a kind says in one language. Kinds that use a family's full copy bank ("bank") need only
// their label and terms; every other kind carries its own copy.
const bankLocaleSchema = z.object({
  label: line(60),
  terms: z.array(line(60)).min(2),
});

export const kindLocaleSchema = bankLocaleSchema.extend({
  // Invented names used only when the prompt gives none; may use {city}.
  names: variants(60, 4),
  taglines: variants(120, 3),
  // Navigation label and title of the page that lists the offers ("Services", "Menu", "Treatments").
  servicesPage: line(30),
  hero: z.object({ eyebrows: variants(80), headlines: variants(90, 3), subheadlines: variants(240, 3) }),
  // Button labels for the main action ("Book a service", "Order a cake").
  ctas: variants(30, 3),
  offers: z.object({ headings: variants(80), intros: variants(240), items: z.array(offerSchema).min(6).max(14) }),
  proof: z.object({ headings: variants(80), intros: variants(240), items: z.array(proofItemSchema).min(4).max(8) }),
  about: z.object({
    headings: variants(80),
    paragraphs: z.array(z.array(copy(500)).min(2).max(4)).min(2),
    highlights: variants(90, 3),
  }),
  faq: z.array(faqItemSchema).min(4).max(8),
  cta: z.object({ headings: variants(80), texts: variants(240) }),
  // Plans, packages or memberships, for kinds that sell them that way (gyms, tutoring, cleaning
  // plans, photo packages): exactly three, the middle one the usual choice.
  packages: z
    .object({
      headings: variants(80),
      intros: variants(240),
      tiers: z
        .array(
          z.object({
            name: copy(40),
            price: z.number().nonnegative(),
            per: z.enum(priceUnits).optional(),
            description: copy(160),
            features: z.array(copy(90)).min(3).max(6),
          }),
        )
        .length(3),
    })
    .optional(),
  // Captions of pictures of the work, for kinds whose work is seen (photos, tattoos, cakes, rooms).
  gallery: z.array(copy(90)).min(6).optional(),
});

const base = {
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(40),
  family: z.enum(families),
  // Layout and section plan; defaults to the family's template.
  template: z.enum(templateIds).optional(),
  // https://schema.org type of the business (Dentist, AutoRepair, Florist…).
  schemaType: z.string().regex(/^[A-Z][A-Za-z]+$/),
  hours: z.enum(hoursPresets),
  palettes: z.array(z.string()).min(2),
  icons: z.array(iconSchema).min(2),
};

// Copy in every site language: a record keyed by an enum requires each key and refuses others.
export const kindSchema = z.discriminatedUnion('bank', [
  z.object({ ...base, bank: z.literal(true), locales: z.record(siteLanguageSchema, bankLocaleSchema) }),
  z.object({ ...base, bank: z.literal(false), locales: z.record(siteLanguageSchema, kindLocaleSchema) }),
]);
export type Kind = z.infer<typeof kindSchema>;

// The site document: one JSON document per site, validated here. Section props are validated
// against each section type's own schema from the registry (lib/sites/sections.ts).
import { z } from 'zod';
import { siteCurrencySchema, siteLanguageSchema } from '@/lib/i18n/schemas';
import { imageSrcSchema, text } from './primitives';
import { themeSchema } from './theme';

export const SCHEMA_VERSION = 1;

export const sectionIdSchema = z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'Section ids are letters, digits, - and _');

export const sectionSchema = z.object({
  id: sectionIdSchema,
  type: z.string().max(40),
  props: z.record(z.string(), z.unknown()),
});
export type Section = z.infer<typeof sectionSchema>;

export const pagePathSchema = z
  .string()
  .regex(/^\/([a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*)?$/, 'Page paths look like / or /about or /blog/first-post')
  .max(120);

export const pageSchema = z.object({
  id: sectionIdSchema,
  path: pagePathSchema,
  title: z.string().trim().min(1).max(120),
  description: text(300).default(''),
  socialImage: imageSrcSchema.default(''),
  language: siteLanguageSchema.optional(),
  sections: z.array(sectionSchema).max(200),
});
export type Page = z.infer<typeof pageSchema>;

export const businessSchema = z.object({
  name: z.string().trim().min(1).max(100),
  kind: z.string().max(40).default('business'),
  tagline: text(200).default(''),
  city: text(100).default(''),
  address: text(300).default(''),
  phone: text(40).default(''),
  email: text(200).default(''),
  priceRange: text(10).default(''),
  currency: siteCurrencySchema.default('USD'),
  // https://schema.org type for the structured data (Dentist, Florist…); from the kind when generated.
  schemaType: z
    .string()
    .regex(/^([A-Z][A-Za-z]{1,40})?$/)
    .default(''),
});
export type Business = z.infer<typeof businessSchema>;

// The claims (reviews, team members, figures, client logos) a section showed when a generator or the
// library suggested them, by section id, and whether the owner confirmed them as true
// (lib/sites/suggested-facts.ts).
export const suggestionSchema = z.object({
  claims: z
    .array(z.string().regex(/^[0-9a-f]{8}$/))
    .min(1)
    .max(20),
  confirmed: z.boolean().default(false),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

// Site-wide owner settings beyond the theme. Optional, so documents saved before it stay valid
// (schemaVersion is unchanged: an absent `app` means the defaults).
const appSettingsSchema = z.object({
  // Published as an installable app (manifest, icons, offline page, service worker). Off: the
  // published pages carry no script at all.
  installable: z.boolean().default(false),
});

export const siteDocumentSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    language: siteLanguageSchema,
    business: businessSchema,
    theme: themeSchema,
    pages: z.array(pageSchema).min(1).max(30),
    app: appSettingsSchema.optional(),
    suggestions: z
      .record(sectionIdSchema, suggestionSchema)
      .refine((s) => Object.keys(s).length <= 400, 'Too many suggested sections')
      .optional(),
  })
  .superRefine((doc, ctx) => {
    const paths = new Set<string>();
    const ids = new Set<string>();
    doc.pages.forEach((page, i) => {
      if (paths.has(page.path)) ctx.addIssue({ code: 'custom', path: ['pages', i, 'path'], message: `Two pages use the path ${page.path}` });
      paths.add(page.path);
      page.sections.forEach((section, j) => {
        if (ids.has(section.id)) ctx.addIssue({ code: 'custom', path: ['pages', i, 'sections', j, 'id'], message: `Section id ${section.id} is used twice` });
        ids.add(section.id);
      });
    });
    if (!paths.has('/')) ctx.addIssue({ code: 'custom', path: ['pages'], message: 'A site needs a home page at /' });
  });
export type SiteDocument = z.infer<typeof siteDocumentSchema>;

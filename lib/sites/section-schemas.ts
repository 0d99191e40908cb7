// Every section type's props schema (zod), by name: what lib/sites validates a document with
// (validate.ts) and the generators write to. The schema half of the section library, with the
// catalogue (section-catalogue.ts); no React.
import type { z } from 'zod';
import type { SectionType } from './section-catalogue';
import { aboutSchema } from './sections/about.schema';
import { blogListSchema } from './sections/blog-list.schema';
import { blogPostSchema } from './sections/blog-post.schema';
import { contactSchema } from './sections/contact.schema';
import { ctaSchema } from './sections/cta.schema';
import { faqSchema } from './sections/faq.schema';
import { featuresSchema } from './sections/features.schema';
import { footerSchema } from './sections/footer.schema';
import { gallerySchema } from './sections/gallery.schema';
import { heroSchema } from './sections/hero.schema';
import { logosSchema } from './sections/logos.schema';
import { menuSchema } from './sections/menu.schema';
import { navbarSchema } from './sections/navbar.schema';
import { pricingSchema } from './sections/pricing.schema';
import { productsSchema } from './sections/products.schema';
import { servicesSchema } from './sections/services.schema';
import { statsSchema } from './sections/stats.schema';
import { teamSchema } from './sections/team.schema';
import { testimonialsSchema } from './sections/testimonials.schema';

export const sectionSchemas = {
  navbar: navbarSchema,
  hero: heroSchema,
  features: featuresSchema,
  about: aboutSchema,
  services: servicesSchema,
  menu: menuSchema,
  products: productsSchema,
  gallery: gallerySchema,
  testimonials: testimonialsSchema,
  pricing: pricingSchema,
  team: teamSchema,
  stats: statsSchema,
  faq: faqSchema,
  cta: ctaSchema,
  logos: logosSchema,
  blogList: blogListSchema,
  blogPost: blogPostSchema,
  contact: contactSchema,
  footer: footerSchema,
} satisfies Record<SectionType, z.ZodType>;

export type SectionProps<T extends SectionType> = z.infer<(typeof sectionSchemas)[T]>;

export function findSectionSchema(type: string): z.ZodType | undefined {
  return (sectionSchemas as Record<string, z.ZodType>)[type];
}

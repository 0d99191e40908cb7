// Every section type's props schema (zod), by name: what lib/sites validates a document with
// (validate.ts) and the generators write to. The schema half of the section library, with the
// catalogue (section-catalogue.ts); no React.
import { z } from 'zod';
import { deviceDisplays } from './devices';
import { entranceEffects, entranceLimits } from './entrance';
import { columnChoices } from './grid-columns';
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

// What every type's props may hold besides its own, about how the section is displayed rather than
// what it says: its entrance effect (entrance.ts; integers in milliseconds within the inspector's
// limits), the devices it shows on (devices.ts) and, for a grid, its columns on each device
// (grid-columns.ts; ignored by the other types).
export const displayShape = {
  entrance: z.enum(entranceEffects).optional(),
  entranceDuration: z.number().int().min(entranceLimits.duration.min).max(entranceLimits.duration.max).optional(),
  entranceDelay: z.number().int().min(entranceLimits.delay.min).max(entranceLimits.delay.max).optional(),
  onPhone: z.enum(deviceDisplays).optional(),
  onTablet: z.enum(deviceDisplays).optional(),
  onDesktop: z.enum(deviceDisplays).optional(),
  columnsPhone: z.enum(columnChoices.phone).optional(),
  columnsTablet: z.enum(columnChoices.tablet).optional(),
  columnsDesktop: z.enum(columnChoices.desktop).optional(),
};

const withDisplay = <S extends z.ZodObject>(schema: S) => schema.extend(displayShape);

export const sectionSchemas = {
  navbar: withDisplay(navbarSchema),
  hero: withDisplay(heroSchema),
  features: withDisplay(featuresSchema),
  about: withDisplay(aboutSchema),
  services: withDisplay(servicesSchema),
  menu: withDisplay(menuSchema),
  products: withDisplay(productsSchema),
  gallery: withDisplay(gallerySchema),
  testimonials: withDisplay(testimonialsSchema),
  pricing: withDisplay(pricingSchema),
  team: withDisplay(teamSchema),
  stats: withDisplay(statsSchema),
  faq: withDisplay(faqSchema),
  cta: withDisplay(ctaSchema),
  logos: withDisplay(logosSchema),
  blogList: withDisplay(blogListSchema),
  blogPost: withDisplay(blogPostSchema),
  contact: withDisplay(contactSchema),
  footer: withDisplay(footerSchema),
} satisfies Record<SectionType, z.ZodType>;

export type SectionProps<T extends SectionType> = z.infer<(typeof sectionSchemas)[T]>;

export function findSectionSchema(type: string): z.ZodType | undefined {
  return (sectionSchemas as Record<string, z.ZodType>)[type];
}

// The section catalogue: every section type by name, with what the editor knows about it before
// anything else loads (name, place in the library, fields). Plain data with no zod and no React, so
// the editor's first load carries it; defaults are in section-defaults.ts, props schemas in
// section-schemas.ts, components in lib/render/sections/registry.ts. Adding a type means four files
// (lib/sites/sections/<type>.ts, <type>.defaults.ts, <type>.schema.ts,
// lib/render/sections/<Type>.tsx) and one line in each of the four registries.
import { isUiLocale } from '@/lib/i18n/languages';
import { aboutSection } from './sections/about';
import { blogListSection } from './sections/blog-list';
import { blogPostSection } from './sections/blog-post';
import { contactSection } from './sections/contact';
import { ctaSection } from './sections/cta';
import { faqSection } from './sections/faq';
import { featuresSection } from './sections/features';
import { footerSection } from './sections/footer';
import { gallerySection } from './sections/gallery';
import { heroSection } from './sections/hero';
import { logosSection } from './sections/logos';
import { menuSection } from './sections/menu';
import { navbarSection } from './sections/navbar';
import { pricingSection } from './sections/pricing';
import { productsSection } from './sections/products';
import { servicesSection } from './sections/services';
import { statsSection } from './sections/stats';
import { teamSection } from './sections/team';
import { testimonialsSection } from './sections/testimonials';
import type { SectionInfo } from './sections/define';

export const sectionCatalogue = {
  navbar: navbarSection,
  hero: heroSection,
  features: featuresSection,
  about: aboutSection,
  services: servicesSection,
  menu: menuSection,
  products: productsSection,
  gallery: gallerySection,
  testimonials: testimonialsSection,
  pricing: pricingSection,
  team: teamSection,
  stats: statsSection,
  faq: faqSection,
  cta: ctaSection,
  logos: logosSection,
  blogList: blogListSection,
  blogPost: blogPostSection,
  contact: contactSection,
  footer: footerSection,
} satisfies Record<string, SectionInfo>;

export type SectionType = keyof typeof sectionCatalogue;
export const sectionTypes = Object.keys(sectionCatalogue) as SectionType[];

export function findSectionInfo(type: string): SectionInfo | undefined {
  return (sectionCatalogue as Record<string, SectionInfo>)[type];
}

// A section type's name in the UI's language ("Depoimentos" in Portuguese), or the type itself.
export function sectionLabel(type: string, locale: string): string {
  const label = findSectionInfo(type)?.label;
  return label ? (isUiLocale(locale) ? label[locale] : label.en) : type;
}

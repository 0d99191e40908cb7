// Every section type, by name. Adding a type means one file in components/sections/ and one line here.
import { aboutSection } from '@/components/sections/About';
import { blogListSection } from '@/components/sections/BlogList';
import { blogPostSection } from '@/components/sections/BlogPost';
import { contactSection } from '@/components/sections/Contact';
import { ctaSection } from '@/components/sections/Cta';
import { faqSection } from '@/components/sections/Faq';
import { featuresSection } from '@/components/sections/Features';
import { footerSection } from '@/components/sections/Footer';
import { gallerySection } from '@/components/sections/Gallery';
import { heroSection } from '@/components/sections/Hero';
import { logosSection } from '@/components/sections/Logos';
import { menuSection } from '@/components/sections/Menu';
import { navbarSection } from '@/components/sections/Navbar';
import { pricingSection } from '@/components/sections/Pricing';
import { productsSection } from '@/components/sections/Products';
import { servicesSection } from '@/components/sections/Services';
import { statsSection } from '@/components/sections/Stats';
import { teamSection } from '@/components/sections/Team';
import { testimonialsSection } from '@/components/sections/Testimonials';
import type { SectionDefinition } from './sections';

export const sectionRegistry = {
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
} satisfies Record<string, SectionDefinition>;

export type SectionType = keyof typeof sectionRegistry;
export const sectionTypes = Object.keys(sectionRegistry) as SectionType[];

export function findSectionDefinition(type: string): SectionDefinition | undefined {
  return (sectionRegistry as Record<string, SectionDefinition>)[type];
}

// A section type's name in the UI's language ("Depoimentos" in Portuguese), or the type itself.
export function sectionLabel(type: string, locale: string): string {
  const label = findSectionDefinition(type)?.label;
  return label ? (locale === 'pt-BR' ? label['pt-BR'] : label.en) : type;
}

// The props a new section of each type starts with, by name: what the editor's library shows, what
// a section added from it gets, the shape of a new list item, and what templates and tests build
// from. Plain data, no zod; the editor loads this module when the owner first selects or adds a
// section (components/editor/section-defaults.ts), not with its first load.
import type { SectionType } from './section-catalogue';
import type { SectionProps } from './section-schemas';
import { aboutDefaults } from './sections/about.defaults';
import { blogListDefaults } from './sections/blog-list.defaults';
import { blogPostDefaults } from './sections/blog-post.defaults';
import { contactDefaults } from './sections/contact.defaults';
import { ctaDefaults } from './sections/cta.defaults';
import { faqDefaults } from './sections/faq.defaults';
import { featuresDefaults } from './sections/features.defaults';
import { footerDefaults } from './sections/footer.defaults';
import { galleryDefaults } from './sections/gallery.defaults';
import { heroDefaults } from './sections/hero.defaults';
import { logosDefaults } from './sections/logos.defaults';
import { menuDefaults } from './sections/menu.defaults';
import { navbarDefaults } from './sections/navbar.defaults';
import { pricingDefaults } from './sections/pricing.defaults';
import { productsDefaults } from './sections/products.defaults';
import { servicesDefaults } from './sections/services.defaults';
import { statsDefaults } from './sections/stats.defaults';
import { teamDefaults } from './sections/team.defaults';
import { testimonialsDefaults } from './sections/testimonials.defaults';

export const sectionDefaults: { [T in SectionType]: SectionProps<T> } = {
  navbar: navbarDefaults,
  hero: heroDefaults,
  features: featuresDefaults,
  about: aboutDefaults,
  services: servicesDefaults,
  menu: menuDefaults,
  products: productsDefaults,
  gallery: galleryDefaults,
  testimonials: testimonialsDefaults,
  pricing: pricingDefaults,
  team: teamDefaults,
  stats: statsDefaults,
  faq: faqDefaults,
  cta: ctaDefaults,
  logos: logosDefaults,
  blogList: blogListDefaults,
  blogPost: blogPostDefaults,
  contact: contactDefaults,
  footer: footerDefaults,
};

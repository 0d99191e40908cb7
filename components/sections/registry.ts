// The render half of the section library: every section type's component and CSS, by name. The
// publisher (lib/render/render-page.tsx) and the editor's canvas render sections from here; what a
// type's props may hold, its defaults and fields are in lib/sites (section-catalogue.ts,
// section-schemas.ts).
import type { SectionRender } from '@/lib/render/context';
import type { SectionType } from '@/lib/sites/section-catalogue';
import { aboutRender } from './About';
import { blogListRender } from './BlogList';
import { blogPostRender } from './BlogPost';
import { contactRender } from './Contact';
import { ctaRender } from './Cta';
import { faqRender } from './Faq';
import { featuresRender } from './Features';
import { footerRender } from './Footer';
import { galleryRender } from './Gallery';
import { heroRender } from './Hero';
import { logosRender } from './Logos';
import { menuRender } from './Menu';
import { navbarRender } from './Navbar';
import { pricingRender } from './Pricing';
import { productsRender } from './Products';
import { servicesRender } from './Services';
import { statsRender } from './Stats';
import { teamRender } from './Team';
import { testimonialsRender } from './Testimonials';

export const sectionRenders = {
  navbar: navbarRender,
  hero: heroRender,
  features: featuresRender,
  about: aboutRender,
  services: servicesRender,
  menu: menuRender,
  products: productsRender,
  gallery: galleryRender,
  testimonials: testimonialsRender,
  pricing: pricingRender,
  team: teamRender,
  stats: statsRender,
  faq: faqRender,
  cta: ctaRender,
  logos: logosRender,
  blogList: blogListRender,
  blogPost: blogPostRender,
  contact: contactRender,
  footer: footerRender,
} satisfies Record<SectionType, SectionRender>;

export function findSectionRender(type: string): SectionRender | undefined {
  return (sectionRenders as Record<string, SectionRender>)[type];
}

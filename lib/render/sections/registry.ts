// The render half of the section library: every section type's component and CSS, by name, each
// in its own module loaded on first use. The publisher (lib/render/render-page.tsx) awaits the types
// a page uses before rendering it; in the browser the editor's canvas loads a type's module when it
// first shows one, so the editor carries only the components the site uses. What a type's props may
// hold, its defaults and fields are in lib/sites (section-catalogue.ts, section-schemas.ts).
import type { SectionRender } from '@/lib/render/context';
import type { SectionType } from '@/lib/sites/section-catalogue';

const loaders = {
  navbar: () => import('./Navbar').then((m) => m.navbarRender),
  hero: () => import('./Hero').then((m) => m.heroRender),
  features: () => import('./Features').then((m) => m.featuresRender),
  about: () => import('./About').then((m) => m.aboutRender),
  services: () => import('./Services').then((m) => m.servicesRender),
  menu: () => import('./Menu').then((m) => m.menuRender),
  products: () => import('./Products').then((m) => m.productsRender),
  gallery: () => import('./Gallery').then((m) => m.galleryRender),
  testimonials: () => import('./Testimonials').then((m) => m.testimonialsRender),
  pricing: () => import('./Pricing').then((m) => m.pricingRender),
  team: () => import('./Team').then((m) => m.teamRender),
  stats: () => import('./Stats').then((m) => m.statsRender),
  faq: () => import('./Faq').then((m) => m.faqRender),
  cta: () => import('./Cta').then((m) => m.ctaRender),
  logos: () => import('./Logos').then((m) => m.logosRender),
  blogList: () => import('./BlogList').then((m) => m.blogListRender),
  blogPost: () => import('./BlogPost').then((m) => m.blogPostRender),
  contact: () => import('./Contact').then((m) => m.contactRender),
  footer: () => import('./Footer').then((m) => m.footerRender),
} satisfies Record<SectionType, () => Promise<SectionRender>>;

const loaded = new Map<string, SectionRender>();
const loading = new Map<string, Promise<SectionRender | undefined>>();
const listeners = new Set<() => void>();

// A type's render once its module has loaded (synchronous, for rendering), else undefined.
export function loadedSectionRender(type: string): SectionRender | undefined {
  return loaded.get(type);
}

// Loads a type's module once (undefined for a type that does not exist). A failed load (the
// network) is forgotten, so the next call tries again.
export function loadSectionRender(type: string): Promise<SectionRender | undefined> {
  const done = loaded.get(type);
  if (done) return Promise.resolve(done);
  if (!Object.hasOwn(loaders, type)) return Promise.resolve(undefined);
  let pending = loading.get(type);
  if (!pending) {
    pending = loaders[type as SectionType]().then(
      (render) => {
        loaded.set(type, render);
        loading.delete(type);
        for (const listener of listeners) listener();
        return render;
      },
      (error: unknown) => {
        loading.delete(type);
        throw error;
      },
    );
    loading.set(type, pending);
  }
  return pending;
}

export async function loadSectionRenders(types: Iterable<string>): Promise<void> {
  await Promise.all([...new Set(types)].map(loadSectionRender));
}

// The section types some pages use.
export function sectionTypesOf(pages: ReadonlyArray<{ sections: ReadonlyArray<{ type: string }> }>): string[] {
  return [...new Set(pages.flatMap((page) => page.sections.map((section) => section.type)))];
}

// Calls `listener` each time a type's module has loaded; returns the unsubscribe.
export function onSectionRenderLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// How many types have loaded: grows by one with each, so it tells when the CSS of the loaded types changed.
export function loadedSectionCount(): number {
  return loaded.size;
}

// Finds the images a site document uses: which uploaded assets it needs rendered, and which
// images lack alt text (publishing warns about those; the editor shows the same list).
import type { SiteDocument } from '@/lib/sites/document';

export type DocumentImage = {
  pageId: string;
  pagePath: string;
  pageTitle: string;
  sectionId: string;
  sectionType: string;
  // Where in the section's props: "image", "cover", "images.2", "blocks.3".
  field: string;
  src: string;
  alt: string;
};

const ASSET_SRC = /^\/assets\/([\w-]+)$/;

export function assetIdOf(src: string): string | null {
  return ASSET_SRC.exec(src)?.[1] ?? null;
}

function walk(value: unknown, path: string[], found: (image: { src: string; alt: string }, field: string) => void) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, String(i)], found));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.src === 'string' && typeof record.alt === 'string') {
    if (record.src) found({ src: record.src, alt: record.alt }, path.join('.'));
    return;
  }
  for (const [key, child] of Object.entries(record)) walk(child, [...path, key], found);
}

export function listDocumentImages(doc: SiteDocument): DocumentImage[] {
  const images: DocumentImage[] = [];
  for (const page of doc.pages) {
    for (const section of page.sections) {
      walk(section.props, [], (image, field) =>
        images.push({ pageId: page.id, pagePath: page.path, pageTitle: page.title, sectionId: section.id, sectionType: section.type, field, ...image }),
      );
    }
  }
  return images;
}

// Generated art is decoration, and empty alt is right for it; an uploaded or linked picture
// shows something a visitor who cannot see it should be told about.
export function listImagesWithoutAlt(doc: SiteDocument): DocumentImage[] {
  return listDocumentImages(doc).filter((image) => !image.src.startsWith('art:') && image.alt.trim() === '');
}

export function collectAssetIds(doc: SiteDocument): string[] {
  const ids = new Set<string>();
  for (const image of listDocumentImages(doc)) {
    const id = assetIdOf(image.src);
    if (id) ids.add(id);
  }
  for (const page of doc.pages) {
    const id = assetIdOf(page.socialImage);
    if (id) ids.add(id);
  }
  return [...ids];
}

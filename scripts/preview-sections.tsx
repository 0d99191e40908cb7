// Development aid: renders every registered section with its defaults into one page per palette
// under .data/preview/, to look at in a browser. `npx tsx scripts/preview-sections.tsx [types]`
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteDocument } from '@/lib/sites/document';
import { renderPageDocument, type RenderedFile } from '@/lib/render/render-page';
import { sectionTypes } from '@/lib/sites/section-catalogue';
import { sectionDefaults } from '@/lib/sites/section-defaults';
import { palettes } from '@/lib/sites/theme-options';

const only = process.argv[2]?.split(',');
const types = sectionTypes.filter((t) => !only || only.includes(t) || t === 'navbar' || t === 'footer');
const out = join(import.meta.dirname, '..', '.data', 'preview');
mkdirSync(join(out, 'art'), { recursive: true });

for (const palette of palettes.filter((p, i) => i < 3 || p.id === 'midnight')) {
  const doc: SiteDocument = {
    schemaVersion: 1,
    language: 'en',
    business: {
      name: 'Preview Studio',
      kind: 'business',
      tagline: 'A preview of every section',
      city: 'Curitiba',
      address: '',
      phone: '',
      email: '',
      priceRange: '',
      currency: 'USD',
      schemaType: '',
    },
    theme: { palette, fonts: { heading: 'classic-serif', body: 'system-sans' }, radius: 'md', spacing: 'cozy' },
    pages: [
      {
        id: 'home',
        path: '/',
        title: 'Preview',
        description: 'Every section',
        socialImage: '',
        sections: types.map((type, i) => ({ id: `${type}-${i}`, type, props: sectionDefaults[type] as Record<string, unknown> })),
      },
      { id: 'about', path: '/about', title: 'About', description: '', socialImage: '', sections: [] },
    ],
  };
  const files = new Map<string, RenderedFile>();
  const html = await renderPageDocument(doc, doc.pages[0], { mode: 'publish', origin: 'http://preview.localhost', files });
  writeFileSync(join(out, `${palette.id}.html`), html);
  for (const file of files.values()) writeFileSync(join(out, file.path), file.body);
  console.log(`${join(out, `${palette.id}.html`)}  ${(html.length / 1024).toFixed(1)} KB`);
}

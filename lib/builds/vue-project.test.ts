// The Vue project generator on its own (no install, no build): user text, however hostile, is data
// and never template syntax; no section id leaves; the package pins exact versions; every page has
// its component, content, title and description. The project's real install and build, and its
// pages against the hosted ones, are in vue-export.test.ts.
import { describe, expect, it } from 'vitest';
import { buildSite } from '@/lib/publish/build';
import type { SiteDocument } from '@/lib/sites/document';
import { sectionOf, testDocument } from '@/test/documents';
import { publishedBodyText, withoutSpaces } from '@/test/exports';
import { vueProjectFiles, vueProjectVersions } from './vue-project';

const HOSTILE = `{{ 7*7 }} <script>alert("x")</script> "quoted" 'single' $& $' \${x} <b>bold</b> &amp;`;
// Section ids as the editor makes them (cuid-like): none may be in any file of the project.
const IDS = [
  'cm4nav0000aaaa1111bbbb2222',
  'cm4hero000aaaa1111bbbb3333',
  'cm4cont000aaaa1111bbbb4444',
  'cm4foot000aaaa1111bbbb5555',
  'cm4nav2000aaaa1111bbbb6666',
  'cm4abou000aaaa1111bbbb7777',
];

function hostileDocument(): SiteDocument {
  const doc = testDocument({ headline: HOSTILE });
  const [nav, hero, contact, footer] = doc.pages[0].sections;
  doc.pages[0].sections = [
    { ...nav, id: IDS[0] },
    { ...hero, id: IDS[1], props: { ...hero.props, primaryAction: { label: 'Fale {{ conosco }}', href: `#${IDS[2]}` } } },
    { ...contact, id: IDS[2] },
    { ...footer, id: IDS[3] },
  ];
  doc.pages[0].title = `Padaria {{ title }} </title><script>x()</script>`;
  doc.pages[0].description = `Descrição "com aspas" & <tags>`;
  doc.pages[1].sections = [sectionOf('navbar', IDS[4]), sectionOf('about', IDS[5], { heading: HOSTILE }), sectionOf('footer', 'footer2')];
  return doc;
}

async function project() {
  const built = await buildSite(hostileDocument(), { origin: 'https://padaria.example' });
  const files = vueProjectFiles(built, new Map(), { name: 'padaria-teste', siteName: 'Padaria {{ Teste }}' });
  const text = (name: string) => Buffer.from(files.get(name)!).toString('utf8');
  return { built, files, text };
}

describe('the Vue project of a site', () => {
  it('keeps user text as data: no template holds it, and it reads back exactly', async () => {
    const { files, text } = await project();
    const vue = [...files.keys()].filter((n) => n.endsWith('.vue'));
    expect(vue.length).toBeGreaterThan(3);
    for (const name of vue) {
      const file = text(name);
      expect(file, name).not.toContain('7*7');
      expect(file, name).not.toContain('alert');
      expect(file, name).not.toContain('conosco');
      // The only mustaches are reads of the section's data or whitespace.
      for (const m of file.matchAll(/\{\{(.*?)\}\}/g)) expect(m[1].trim(), name).toMatch(/^(text\[\d+\]|content\.text\[\d+\]|"\s+")$/);
    }
    const home = JSON.parse(text('src/content/home.json')) as { title: string; description: string; sections: { text?: string[]; links?: string[] }[] };
    expect(home.title).toBe(`Padaria {{ title }} </title><script>x()</script>`);
    expect(home.description).toBe(`Descrição "com aspas" & <tags>`);
    expect(home.sections.flatMap((s) => s.text ?? [])).toContain(HOSTILE);
    expect(home.sections.flatMap((s) => s.text ?? [])).toContain('Fale {{ conosco }}');
    const about = JSON.parse(text('src/content/sobre.json')) as { sections: { text?: string[] }[] };
    expect(about.sections.flatMap((s) => s.text ?? [])).toContain(HOSTILE);
    // The hero's headline, in one place: its section's data, shown by its component.
    const hero = home.sections.findIndex((s) => s.text?.includes(HOSTILE));
    expect(text('src/pages/HomePage.vue')).toContain(`v-bind="content.sections[${hero}]"`);
  });

  it('has the same text as the published pages, and links between its pages relatively', async () => {
    const { built, text } = await project();
    const published = Buffer.from(built.find((f) => f.path === '/')!.body).toString('utf8');
    const all = JSON.parse(text('src/content/home.json')) as { text: string[]; sections: { text?: string[]; links?: string[] }[] };
    // Joined in order, the sections' texts are the page's visible text (whitespace between
    // elements stays in the templates, so it is left out of the comparison).
    expect(withoutSpaces(all.sections.flatMap((s) => s.text ?? []).join(''))).toBe(publishedBodyText(published));
    const links = all.sections.flatMap((s) => s.links ?? []);
    expect(links).toContain('sobre/index.html');
    expect(links).toContain('#section-3');
    const aboutLinks = (JSON.parse(text('src/content/sobre.json')) as { sections: { links?: string[] }[] }).sections.flatMap((s) => s.links ?? []);
    expect(aboutLinks).toContain('../index.html');
  });

  it('holds no section id, in any file', async () => {
    const { files } = await project();
    for (const [name, bytes] of files) {
      const body = Buffer.from(bytes).toString('utf8');
      for (const id of IDS) expect(body.includes(id), `${name} holds ${id}`).toBe(false);
    }
    // The section's ids are data too (section-<n>), so one component serves every page.
    const { text } = await project();
    expect(text('src/sections/HeroSection.vue')).toContain(':id="ids[0]"');
    const home = JSON.parse(text('src/content/home.json')) as { sections: { ids?: string[] }[] };
    expect(home.sections.flatMap((s) => s.ids ?? [])).toEqual(expect.arrayContaining(['section-2', 'section-2-title', 'section-3']));
    expect([...files.keys()].filter((n) => n.startsWith('src/sections/Footer'))).toEqual(['src/sections/FooterSection.vue']);
  });

  it('pins exact versions, builds with a prerender, and lists every page', async () => {
    const { files, text } = await project();
    const pkg = JSON.parse(text('package.json')) as { name: string; scripts: Record<string, string>; dependencies: object; devDependencies: object };
    expect(pkg.name).toBe('padaria-teste');
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).toEqual(vueProjectVersions);
    for (const version of Object.values(vueProjectVersions)) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(pkg.scripts).sort()).toEqual(['build', 'dev', 'preview']);
    expect(pkg.scripts.build).toContain('node prerender.js');
    expect(files.has('package-lock.json')).toBe(false);
    const routes = text('src/routes.js');
    for (const file of ['"index.html"', '"sobre/index.html"', '"404.html"']) expect(routes).toContain(file);
    expect(text('src/styles/theme.css')).toMatch(/:root\{--pm-bg:/);
    expect(text('README.md')).toContain('npm run build');
    expect(text('README.md')).toContain('# Padaria {{ Teste }}');
    expect(files.has('public/favicon.svg')).toBe(true);
    expect([...files.keys()].some((n) => n.startsWith('public/') && n.endsWith('.html'))).toBe(false);
  });
});

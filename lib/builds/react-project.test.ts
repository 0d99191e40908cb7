// The Next.js project generator on its own (no install, no build): user text, however hostile, is
// data in content/*.json and never JSX, markup or code; attribute names are React's; no section id
// leaves; the package pins exact versions; every page has its app/ file, content, title and
// description. The project's real install and build, and its pages against the hosted ones, are in
// react-export.test.ts.
import { describe, expect, it } from 'vitest';
import { buildSite } from '@/lib/publish/build';
import type { SiteDocument } from '@/lib/sites/document';
import { sectionOf, testDocument } from '@/test/documents';
import { publishedBodyText, withoutSpaces } from '@/test/exports';
import { reactProjectFiles, reactProjectVersions } from './react-project';

const HOSTILE = `{{ 7*7 }} <script>alert("x")</script> "quoted" 'single' $& $' \${x} <b>bold</b> &amp; {text[0]} \`tick\``;
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
    { ...hero, id: IDS[1], props: { ...hero.props, primaryAction: { label: 'Fale {conosco}', href: `#${IDS[2]}` } } },
    { ...contact, id: IDS[2] },
    { ...footer, id: IDS[3] },
  ];
  doc.pages[0].title = `Padaria {title} </title><script>x()</script>`;
  doc.pages[0].description = `Descrição "com aspas" & <tags>`;
  doc.pages[1].sections = [sectionOf('navbar', IDS[4]), sectionOf('about', IDS[5], { heading: HOSTILE }), sectionOf('footer', 'footer2')];
  return doc;
}

async function project() {
  const built = await buildSite(hostileDocument(), { origin: 'https://padaria.example' });
  const files = reactProjectFiles(built, new Map(), { name: 'padaria-teste', siteName: 'Padaria {{ Teste }}' });
  const text = (name: string) => Buffer.from(files.get(name)!).toString('utf8');
  return { built, files, text };
}

type Content = { title: string; description: string; sections: { text?: string[]; links?: string[]; ids?: string[] }[] };

describe('the Next.js project of a site', () => {
  it('keeps user text as data: no component holds it, none renders HTML, and it reads back exactly', async () => {
    const { files, text } = await project();
    const jsx = [...files.keys()].filter((n) => n.endsWith('.jsx'));
    expect(jsx.length).toBeGreaterThan(3);
    for (const name of jsx) {
      const file = text(name);
      expect(file, name).not.toContain('7*7');
      expect(file, name).not.toContain('alert');
      expect(file, name).not.toContain('conosco');
      expect(file, name).not.toContain('dangerouslySetInnerHTML');
      // Every expression in a component's markup is a read of its data, a style object or fixed whitespace.
      if (name.startsWith('components/')) {
        const markup = file.slice(file.indexOf('return ('));
        for (const m of markup.matchAll(/\{((?:[^{}]|\{[^{}]*\})*)\}/g))
          expect(m[1].trim(), name).toMatch(/^(text|links|images|attrs|ids)\[\d+\]$|^"\s*"$|^\{.*\}$/);
      }
    }
    const home = JSON.parse(text('content/home.json')) as Content;
    expect(home.title).toBe(`Padaria {title} </title><script>x()</script>`);
    expect(home.description).toBe(`Descrição "com aspas" & <tags>`);
    expect(home.sections.flatMap((s) => s.text ?? [])).toContain(HOSTILE);
    expect(home.sections.flatMap((s) => s.text ?? [])).toContain('Fale {conosco}');
    const about = JSON.parse(text('content/sobre.json')) as Content;
    expect(about.sections.flatMap((s) => s.text ?? [])).toContain(HOSTILE);
    // The hero's headline, in one place: its section's data, passed to its component as props.
    const hero = home.sections.findIndex((s) => s.text?.includes(HOSTILE));
    expect(text('app/page.jsx')).toContain(`<HeroSection {...content.sections[${hero}]} />`);
    expect(text('app/page.jsx')).toContain('export const metadata = { title: content.title');
  });

  it('writes React attribute names, keeps aria-* and data-*, and has the published text', async () => {
    const { built, text } = await project();
    const hero = text('components/HeroSection.jsx');
    expect(hero).toContain('className="s-hero');
    expect(hero).toContain('aria-labelledby={ids[');
    expect(hero).not.toMatch(/\sclass=/);
    const contact = text('components/ContactSection.jsx');
    expect(contact).toContain('htmlFor={ids[');
    expect(contact).not.toMatch(/\s(for|class|tabindex|autocomplete|stroke-width)=/);
    expect(contact).toContain('strokeWidth="1.75"');
    const published = Buffer.from(built.find((f) => f.path === '/')!.body).toString('utf8');
    const home = JSON.parse(text('content/home.json')) as Content;
    expect(withoutSpaces(home.sections.flatMap((s) => s.text ?? []).join(''))).toBe(publishedBodyText(published));
    const links = home.sections.flatMap((s) => s.links ?? []);
    expect(links).toContain('sobre/index.html');
    expect(links).toContain('#section-3');
    expect((JSON.parse(text('content/sobre.json')) as Content).sections.flatMap((s) => s.links ?? [])).toContain('../index.html');
  });

  it('holds no section id, in any file, and makes one component of the same kind of section', async () => {
    const { files, text } = await project();
    for (const [name, bytes] of files) {
      const body = Buffer.from(bytes).toString('utf8');
      for (const id of IDS) expect(body.includes(id), `${name} holds ${id}`).toBe(false);
    }
    expect(text('components/HeroSection.jsx')).toContain(' id={ids[0]}');
    const home = JSON.parse(text('content/home.json')) as Content;
    expect(home.sections.flatMap((s) => s.ids ?? [])).toEqual(expect.arrayContaining(['section-2', 'section-2-title', 'section-3']));
    expect([...files.keys()].filter((n) => n.startsWith('components/Footer'))).toEqual(['components/FooterSection.jsx']);
  });

  it('pins exact versions, exports statically, and has a page file per page', async () => {
    const { files, text } = await project();
    const pkg = JSON.parse(text('package.json')) as { name: string; scripts: Record<string, string>; dependencies: object; devDependencies?: object };
    expect(pkg.name).toBe('padaria-teste');
    expect(pkg.dependencies).toEqual(reactProjectVersions);
    expect(pkg.devDependencies).toBeUndefined();
    for (const version of Object.values(reactProjectVersions)) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.scripts.build).toBe('next build');
    expect(files.has('package-lock.json')).toBe(false);
    expect(text('next.config.mjs')).toContain("output: 'export', trailingSlash: true");
    for (const name of ['app/layout.jsx', 'app/page.jsx', 'app/sobre/page.jsx', 'app/not-found.jsx', 'content/not-found.json'])
      expect(files.has(name), name).toBe(true);
    expect(text('app/not-found.jsx')).toContain('<title>{content.title}</title>');
    expect(text('app/layout.jsx')).toContain('<html lang="pt-BR">');
    expect(text('app/layout.jsx')).toContain("import '../styles/theme.css';");
    expect(text('styles/theme.css')).toMatch(/:root\{--pm-bg:/);
    expect(text('README.md')).toContain('npm run build');
    expect(text('README.md')).toContain('# Padaria {{ Teste }}');
    expect(files.has('public/favicon.svg')).toBe(true);
    expect([...files.keys()].some((n) => n.startsWith('public/') && n.endsWith('.html'))).toBe(false);
  });
});

// The Angular project generator on its own (no install, no build): user text, however hostile
// (`{{ }}`, `@if`, `@for`, `{`, `}`, `@`, markup), is data in src/content/*.json and never template
// syntax; no section id leaves; the package pins exact versions; every page has its component,
// route, content, title and description. The project's real install and build, and its pages
// against the hosted ones, are in angular-export.test.ts.
import { describe, expect, it } from 'vitest';
import { buildSite } from '@/lib/publish/build';
import type { SiteDocument } from '@/lib/sites/document';
import { sectionOf, testDocument } from '@/test/documents';
import { publishedBodyText, withoutSpaces } from '@/test/exports';
import { angularProjectDevVersions, angularProjectFiles, angularProjectVersions } from './angular-project';

const HOSTILE = `{{ 7*7 }} @if (true) { yes } @for (x of y; track x) {} @let z = 1; @ {text[0]} <script>alert("x")</script> $& <b>bold</b> &amp; a@b.com`;
// Short enough for an about section's heading.
const HOSTILE_HEADING = `{{ 7*7 }} @if (true) { yes } @for {text[0]} a@b.com`;
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
    { ...hero, id: IDS[1], props: { ...hero.props, primaryAction: { label: 'Fale @if {conosco}', href: `#${IDS[2]}` } } },
    { ...contact, id: IDS[2] },
    { ...footer, id: IDS[3] },
  ];
  doc.pages[0].title = `Padaria {{ title }} @if (x) {} </title><script>x()</script>`;
  doc.pages[0].description = `Descrição "com aspas" & <tags> {{ d }}`;
  doc.pages[1].sections = [sectionOf('navbar', IDS[4]), sectionOf('about', IDS[5], { heading: HOSTILE_HEADING }), sectionOf('footer', 'footer2')];
  return doc;
}

async function project() {
  const built = await buildSite(hostileDocument(), { origin: 'https://padaria.example' });
  const files = angularProjectFiles(built, new Map(), { name: 'padaria-teste', siteName: 'Padaria {{ Teste }}' });
  const text = (name: string) => Buffer.from(files.get(name)!).toString('utf8');
  return { built, files, text };
}

type Content = { title: string; description: string; sections: { text?: string[]; links?: string[]; ids?: string[] }[] };

describe('the Angular project of a site', () => {
  it('keeps user text as data: no template holds it, every binding reads data, and it reads back exactly', async () => {
    const { files, text } = await project();
    const templates = [...files.keys()].filter((n) => n.startsWith('src/app/') && n.endsWith('.html'));
    expect(templates.length).toBeGreaterThan(5);
    for (const name of [...templates, ...[...files.keys()].filter((n) => n.startsWith('src/app/'))]) {
      const file = text(name);
      for (const hostile of ['7*7', 'alert', 'conosco', '@if', '@for', '@let', 'track x', 'a@b.com']) expect(file, name).not.toContain(hostile);
    }
    for (const name of templates) {
      const file = text(name);
      // Every interpolation reads the section's (or page's) data or writes fixed whitespace; every
      // binding is an attribute binding of data or the section's input.
      for (const m of file.matchAll(/\{\{(.*?)\}\}/g)) expect(m[1].trim(), name).toMatch(/^(text\[\d+\]|content\.text\[\d+\]|"\s+")$/);
      for (const m of file.matchAll(/\[([^\]]+)\]="([^"]*)"/g)) {
        if (m[1] === 'data') expect(m[2], name).toMatch(/^content\.sections\[\d+\]$/);
        else expect(`${m[1]}=${m[2]}`, name).toMatch(/^attr\.[a-zA-Z:-]+=(text|links|images|attrs|ids)\[\d+\]$/);
      }
      // Nothing else Angular reads as syntax: blocks, events, references, braces outside {{ }}.
      const rest = file.replace(/\{\{.*?\}\}/g, '');
      expect(rest, name).not.toMatch(/[{}@]|\s\(|\s#|\s\*/);
    }
    const home = JSON.parse(text('src/content/home.json')) as Content;
    expect(home.title).toBe(`Padaria {{ title }} @if (x) {} </title><script>x()</script>`);
    expect(home.description).toBe(`Descrição "com aspas" & <tags> {{ d }}`);
    expect(home.sections.flatMap((s) => s.text ?? [])).toContain(HOSTILE);
    expect(home.sections.flatMap((s) => s.text ?? [])).toContain('Fale @if {conosco}');
    expect((JSON.parse(text('src/content/sobre.json')) as Content).sections.flatMap((s) => s.text ?? [])).toContain(HOSTILE_HEADING);
    // The hero's headline, in one place: its section's data, passed to its component.
    const hero = home.sections.findIndex((s) => s.text?.includes(HOSTILE));
    expect(text('src/app/pages/home-page.html')).toContain(`<pm-hero-section [data]="content.sections[${hero}]" />`);
    expect(text('src/app/pages/home-page.ts')).toContain("import content from '../../content/home.json';");
  });

  it('has the same text as the published page, and links between its pages relatively', async () => {
    const { built, text } = await project();
    const published = Buffer.from(built.find((f) => f.path === '/')!.body).toString('utf8');
    const home = JSON.parse(text('src/content/home.json')) as Content;
    expect(withoutSpaces(home.sections.flatMap((s) => s.text ?? []).join(''))).toBe(publishedBodyText(published));
    const links = home.sections.flatMap((s) => s.links ?? []);
    expect(links).toContain('sobre/index.html');
    expect(links).toContain('#section-3');
    expect((JSON.parse(text('src/content/sobre.json')) as Content).sections.flatMap((s) => s.links ?? [])).toContain('../index.html');
  });

  it('holds no section id, in any file, and makes one component of the same kind of section', async () => {
    const { files, text } = await project();
    for (const [name, bytes] of files) {
      const body = Buffer.from(bytes).toString('utf8');
      for (const id of IDS) expect(body.includes(id), `${name} holds ${id}`).toBe(false);
    }
    expect(text('src/app/sections/hero-section.html')).toContain('[attr.id]="ids[0]"');
    const home = JSON.parse(text('src/content/home.json')) as Content;
    expect(home.sections.flatMap((s) => s.ids ?? [])).toEqual(expect.arrayContaining(['section-2', 'section-2-title', 'section-3']));
    expect([...files.keys()].filter((n) => n.startsWith('src/app/sections/footer'))).toEqual([
      'src/app/sections/footer-section.html',
      'src/app/sections/footer-section.ts',
    ]);
    // A variant of a kind of section is numbered: the home's navbar and the other page's differ.
    expect(files.has('src/app/sections/navbar-section.ts')).toBe(true);
    expect(text('src/app/sections/navbar-section2.ts')).toContain('export class NavbarSection2 extends SectionBase {}');
  });

  it('pins exact versions, prerenders every page statically, and lists its files', async () => {
    const { files, text } = await project();
    const pkg = JSON.parse(text('package.json')) as { name: string; scripts: Record<string, string>; dependencies: object; devDependencies: object };
    expect(pkg.name).toBe('padaria-teste');
    expect(pkg.dependencies).toEqual(angularProjectVersions);
    expect(pkg.devDependencies).toEqual(angularProjectDevVersions);
    for (const version of [...Object.values(angularProjectVersions), ...Object.values(angularProjectDevVersions)]) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    // Zoneless, and nothing the site does not use.
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(zone\.js|@angular\/(forms|animations))$/)]),
    );
    expect(pkg.scripts.build).toBe('ng build && node not-found.mjs');
    expect(files.has('package-lock.json')).toBe(false);
    const build = (JSON.parse(text('angular.json')) as { projects: { site: { architect: { build: { builder: string; options: Record<string, unknown> } } } } })
      .projects.site.architect.build;
    expect(build.builder).toBe('@angular/build:application');
    expect(build.options).toMatchObject({ outputMode: 'static', server: 'src/main.server.ts', sourceMap: false });
    const routes = text('src/app/app.routes.ts');
    for (const route of [`path: ""`, `path: "sobre"`, `path: "404"`, `path: '**', component: NotFoundPage`]) expect(routes).toContain(route);
    const serverRoutes = text('src/app/app.routes.server.ts');
    for (const route of ['""', '"sobre"', '"404"']) expect(serverRoutes).toContain(`{ path: ${route}, renderMode: RenderMode.Prerender }`);
    expect(text('src/index.html')).toContain('<html lang="pt-BR">');
    expect(text('src/index.html')).not.toContain('<base');
    expect(text('src/styles/theme.css')).toMatch(/:root\{--pm-bg:/);
    expect(text('README.md')).toContain('npm run build');
    expect(text('README.md')).toContain('# Padaria {{ Teste }}');
    for (const name of ['src/main.ts', 'src/main.server.ts', 'src/app/app.config.ts', 'src/app/app.config.server.ts', 'tsconfig.json', 'not-found.mjs'])
      expect(files.has(name), name).toBe(true);
    expect(files.has('public/favicon.svg')).toBe(true);
    expect([...files.keys()].some((n) => n.startsWith('public/') && n.endsWith('.html'))).toBe(false);
  });
});

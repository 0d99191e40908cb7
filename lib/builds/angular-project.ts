// A published version as an Angular project of standalone components that prerenders the same
// pages at build time (issue 17, "Exports"). Read from the static export's folder as the Vue and
// React exports are (vue-project.ts's sitePages: the same pages, relative links, numbered images,
// section ids renamed section-<n>). Each page is one page component (src/app/pages/) with its route;
// each top-level part of its body one section component (src/app/sections/) whose template holds
// only markup: every text is `{{ text[i] }}` and every link, image source, readable attribute and
// section id an `[attr.name]` binding of data in src/content/<page>.json, so Angular escapes it and
// user text (`{{ }}`, `@if`, `{`, `}`) can never be read as template syntax. `ng build` with
// `outputMode: 'static'` prerenders every route to dist/<path>/index.html. Pure.
import type { HtmlElement } from './html-tree';
import {
  boundAttrs,
  escapeAttr,
  contactFormNote,
  packageName,
  pad,
  pageKey,
  pagePath,
  pascal,
  safeTag,
  sectionName,
  sectionTemplate,
  sitePages,
  skippedTags,
  type SectionData,
  type SiteFile,
  type TemplateDialect,
} from './vue-project';

// Exact versions that exist in the registry (checked with `npm view`); no lockfile ships, so these
// pins are what makes two installs alike. Angular 22 is zoneless by default: no zone.js; no forms or
// animations. @angular/ssr and @angular/platform-server are what prerendering needs at build time.
export const angularProjectVersions = {
  '@angular/common': '22.2.6',
  '@angular/core': '22.2.6',
  '@angular/platform-browser': '22.2.6',
  '@angular/platform-server': '22.2.6',
  '@angular/router': '22.2.6',
  '@angular/ssr': '22.2.7',
  rxjs: '7.8.2',
  tslib: '2.9.1',
} as const;
export const angularProjectDevVersions = {
  '@angular/build': '22.2.7',
  '@angular/cli': '22.2.7',
  '@angular/compiler': '22.2.6',
  '@angular/compiler-cli': '22.2.6',
  typescript: '6.0.3',
} as const;
// What Angular 22's CLI runs on.
export const angularNodeEngines = '^22.22.3 || ^24.15.0 || >=26.0.0';

// Names Angular reads as its own (bindings, events, references, i18n, its ng* attributes) never
// reach a template; nor do event handler attributes.
const safeAttrName = /^[a-zA-Z][a-zA-Z0-9_:.-]*$/;
const angularOwn = /^(on|ng|i18n|bind-|bindon-|let-|ref-|animate\.)/i;

const angularDialect: TemplateDialect = {
  keepsAttr: (name) => safeAttrName.test(name) && !angularOwn.test(name),
  // An attribute binding: null removes the attribute, and Angular sanitizes URLs.
  bind: (name, expression) => `[attr.${name}]="${expression}"`,
  // A <link> (an image preload hint) is left out: Angular takes its address only as a trusted resource URL.
  skipsTag: (tag) => /^(ng-.*|router-outlet|link)$/i.test(tag),
  // Angular reads {{ }} in a fixed attribute value; such a value is data instead.
  bindsValue: (value) => /[{}]/.test(value),
};

// HeroSection -> hero-section, NavbarSection2 -> navbar-section2.
const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

const sectionComponent = (name: string, file: string) => `// One section's markup (${file}.html). Its texts, links and images are data
// (src/content/<page>.json), passed in as \`data\`: change them there.
import { Component } from '@angular/core';
import { SectionBase } from './section-base';

@Component({
  selector: 'pm-${file}',
  templateUrl: './${file}.html',
  host: { style: 'display: contents' },
})
export class ${name} extends SectionBase {}
`;

const SECTION_BASE = `// What every section component takes: its data, one list per kind of value, each in the order
// the section's template reads them.
import { Directive, input } from '@angular/core';

export type SectionData = {
  text?: (string | null)[];
  links?: (string | null)[];
  images?: (string | null)[];
  attrs?: (string | null)[];
  ids?: (string | null)[];
};

@Directive()
export abstract class SectionBase {
  readonly data = input.required<SectionData>();
  get text() {
    return this.data().text ?? [];
  }
  get links() {
    return this.data().links ?? [];
  }
  get images() {
    return this.data().images ?? [];
  }
  get attrs() {
    return this.data().attrs ?? [];
  }
  get ids() {
    return this.data().ids ?? [];
  }
}
`;

type PageOut = { key: string; component: string; file: string; path: string; route: string; source: string };

// `index.html` -> '', `sobre/index.html` -> 'sobre', `404.html` -> '404' (renamed dist/404.html
// after the build: not-found.mjs).
const routeOf = (file: string) => (file === '404.html' ? '404' : pagePath(file).slice(1));

export function angularProjectFiles(
  files: readonly SiteFile[],
  images: ReadonlyMap<string, Uint8Array>,
  opts: { name: string; siteName: string },
): Map<string, Uint8Array> {
  const site = sitePages(files, images);
  const { renamer } = site;
  const out = new Map<string, string | Uint8Array>();
  for (const [name, bytes] of site.assets) out.set(`public/${name}`, bytes);

  const components = new Map<string, string>(); // template -> component name
  const names = new Set<string>();
  const cssFiles = new Map<string, string>(); // css -> file name
  const pages: PageOut[] = [];
  const keys = new Set<string>();
  for (const page of site.pages) {
    const key = pageKey(page.file, keys);
    const component = `${pascal(key)}Page`;
    let cssFile = cssFiles.get(page.css);
    if (!cssFile) {
      cssFile = `${key}.css`;
      cssFiles.set(page.css, cssFile);
      out.set(`src/styles/${cssFile}`, `${page.css}\n`);
    }
    const sections: SectionData[] = [];
    const pageText: string[] = [];
    const used = new Map<string, string>(); // component name -> its file
    const place = (root: HtmlElement, depth: number): string => {
      const { template, data } = sectionTemplate(root, renamer, angularDialect);
      let name = components.get(template);
      if (!name) {
        const base = sectionName(root);
        name = base;
        for (let n = 2; names.has(name); n++) name = `${base}${n}`;
        names.add(name);
        components.set(template, name);
        const file = kebab(name);
        out.set(`src/app/sections/${file}.html`, `${template}\n`);
        out.set(`src/app/sections/${file}.ts`, sectionComponent(name, file));
      }
      const file = kebab(name);
      used.set(name, file);
      sections.push(data);
      return `${pad(depth)}<pm-${file} [data]="content.sections[${sections.length - 1}]" />`;
    };
    const lines: string[] = [];
    for (const node of page.body) {
      if (node.type === 'text') {
        if (node.text.trim()) {
          pageText.push(node.text);
          lines.push(`{{ content.text[${pageText.length - 1}] }}`);
        }
        continue;
      }
      if (!safeTag.test(node.tag) || skippedTags.has(node.tag.toLowerCase()) || angularDialect.skipsTag!(node.tag)) continue;
      if (node.tag.toLowerCase() === 'main') {
        const mainAttrs = node.attrs
          .filter(([n]) => angularDialect.keepsAttr(n) && !boundAttrs[n.toLowerCase()])
          .map(([n, v]) => [n.toLowerCase(), renamer.value(v)])
          .filter(([, v]) => !angularDialect.bindsValue!(v))
          .map(([n, v]) => ` ${n}="${escapeAttr(v)}"`)
          .join('');
        lines.push(`<main${mainAttrs}>`);
        for (const child of node.children)
          if (child.type === 'element' && safeTag.test(child.tag) && !skippedTags.has(child.tag.toLowerCase()) && !angularDialect.skipsTag!(child.tag))
            lines.push(place(child, 1));
        lines.push('</main>');
      } else lines.push(place(node, 0));
    }
    const source = `${kebab(component)}`;
    out.set(
      `src/content/${key}.json`,
      `${JSON.stringify({ path: pagePath(page.file), title: page.title, description: page.description, text: pageText, sections }, null, 2)}\n`,
    );
    out.set(`src/app/pages/${source}.html`, `${lines.join('\n')}\n`);
    out.set(`src/app/pages/${source}.ts`, pageComponent({ key, component, source, cssFile, used }));
    pages.push({ key, component, file: page.file, path: pagePath(page.file), route: routeOf(page.file), source });
  }

  out.set('src/app/sections/section-base.ts', SECTION_BASE);
  out.set('src/app/pages/page-head.ts', PAGE_HEAD);
  out.set('src/styles/theme.css', `/* The site's theme: colours, fonts, corner radius and spacing. */\n${site.themeCss}\n`);
  out.set('src/app/app.routes.ts', routesFile(pages));
  out.set('src/app/app.routes.server.ts', serverRoutesFile(pages));
  out.set('src/app/app.ts', APP_TS);
  out.set('src/app/app.config.ts', APP_CONFIG);
  out.set('src/app/app.config.server.ts', APP_CONFIG_SERVER);
  out.set('src/main.ts', MAIN_TS);
  out.set('src/main.server.ts', MAIN_SERVER_TS);
  out.set(
    'src/index.html',
    indexHtml(
      site.lang,
      site.assets.some(([name]) => name === 'favicon.svg'),
    ),
  );
  out.set('angular.json', `${JSON.stringify(angularJson(), null, 2)}\n`);
  out.set('tsconfig.json', `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  out.set('not-found.mjs', NOT_FOUND_MJS);
  out.set('package.json', `${JSON.stringify(packageJson(opts.name), null, 2)}\n`);
  out.set('README.md', readme(opts.siteName, pages));
  out.set('.gitignore', 'node_modules\ndist\n.angular\n');

  const bytes = new Map<string, Uint8Array>();
  for (const [name, body] of [...out].sort(([a], [b]) => a.localeCompare(b))) bytes.set(name, typeof body === 'string' ? Buffer.from(body) : body);
  return bytes;
}

function pageComponent(p: { key: string; component: string; source: string; cssFile: string; used: ReadonlyMap<string, string> }): string {
  const imports = [...p.used].map(([name, file]) => `import { ${name} } from '../sections/${file}';`);
  return `import { Component, ViewEncapsulation } from '@angular/core';
import content from '../../content/${p.key}.json';
${imports.join('\n')}
import { pageHead } from './page-head';

// The page's markup is ${p.source}.html; its texts, links, images, title and description are in
// src/content/${p.key}.json. Its styles apply to the page as written (no encapsulation).
@Component({
  selector: 'pm-${p.source}',
  imports: [${[...p.used.keys()].join(', ')}],
  templateUrl: './${p.source}.html',
  styleUrl: '../../styles/${p.cssFile}',
  encapsulation: ViewEncapsulation.None,
  host: { style: 'display: contents' },
})
export class ${p.component} {
  protected readonly content = content;
  protected readonly head = pageHead(content);
}
`;
}

const PAGE_HEAD = `// A page's title and description, from its content file, set in the document's head (in the
// prerendered HTML too).
import { inject } from '@angular/core';
import { Meta, Title } from '@angular/platform-browser';

export function pageHead(content: { title: string; description: string }) {
  inject(Title).setTitle(content.title);
  const meta = inject(Meta);
  if (content.description) meta.updateTag({ name: 'description', content: content.description });
  else meta.removeTag('name="description"');
  return content;
}
`;

function routesFile(pages: readonly PageOut[]): string {
  const notFound = pages.find((p) => p.file === '404.html');
  const imports = pages.map((p) => `import { ${p.component} } from './pages/${p.source}';`);
  const list = pages.map((p) => `  { path: ${JSON.stringify(p.route)}, component: ${p.component} },`);
  if (notFound) list.push(`  { path: '**', component: ${notFound.component} },`);
  return `// Every page: its address on the site (the not-found page also answers any other address).
import { Routes } from '@angular/router';
${imports.join('\n')}

export const routes: Routes = [
${list.join('\n')}
];
`;
}

function serverRoutesFile(pages: readonly PageOut[]): string {
  const list = pages.map((p) => `  { path: ${JSON.stringify(p.route)}, renderMode: RenderMode.Prerender },`);
  return `// Every page is prerendered at build time (dist/<path>/index.html); any other address is left to
// the browser, which shows the not-found page (dist/404.html).
import { RenderMode, ServerRoute } from '@angular/ssr';

export const serverRoutes: ServerRoute[] = [
${list.join('\n')}
  { path: '**', renderMode: RenderMode.Client },
];
`;
}

const APP_TS = `import { Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

@Component({
  selector: 'pm-root',
  imports: [RouterOutlet],
  template: '<router-outlet />',
  host: { style: 'display: contents' },
})
export class App {}
`;

const APP_CONFIG = `import { APP_BASE_HREF } from '@angular/common';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideClientHydration } from '@angular/platform-browser';
import { DefaultUrlSerializer, provideRouter, UrlSerializer, UrlTree } from '@angular/router';
import { routes } from './app.routes';

// The pages link each other as files (sobre/index.html, ../index.html), so they work on any static
// host: an address ending in index.html is the page of its folder.
class PageUrlSerializer extends DefaultUrlSerializer {
  override parse(url: string): UrlTree {
    return super.parse(url.replace(/(^|\\/)index\\.html(?=$|[?#])/, '$1'));
  }
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes),
    { provide: UrlSerializer, useClass: PageUrlSerializer },
    // No <base> element: relative links and #fragments resolve against the page, as on the hosted site.
    { provide: APP_BASE_HREF, useValue: '/' },
    provideClientHydration(),
  ],
};
`;

const APP_CONFIG_SERVER = `import { ApplicationConfig, mergeApplicationConfig } from '@angular/core';
import { provideServerRendering, withRoutes } from '@angular/ssr';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';

export const config: ApplicationConfig = mergeApplicationConfig(appConfig, {
  providers: [provideServerRendering(withRoutes(serverRoutes))],
});
`;

const MAIN_TS = `// In the browser: the page is already rendered (prerendered at build time); Angular takes it over.
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

bootstrapApplication(App, appConfig).catch((error) => console.error(error));
`;

const MAIN_SERVER_TS = `// For the build: each route rendered to HTML (prerendering; no server runs the site).
import { BootstrapContext, bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { config } from './app/app.config.server';

const bootstrap = (context: BootstrapContext) => bootstrapApplication(App, config, context);

export default bootstrap;
`;

const NOT_FOUND_MJS = `// After \`ng build\`: the not-found page, prerendered as dist/404/index.html, becomes dist/404.html,
// the file static hosts answer unknown addresses with.
import { renameSync, rmSync } from 'node:fs';

renameSync('dist/404/index.html', 'dist/404.html');
rmSync('dist/404', { recursive: true, force: true });
`;

function angularJson() {
  return {
    $schema: './node_modules/@angular/cli/lib/config/schema.json',
    version: 1,
    cli: { analytics: false, packageManager: 'npm' },
    newProjectRoot: 'projects',
    projects: {
      site: {
        projectType: 'application',
        root: '',
        sourceRoot: 'src',
        prefix: 'pm',
        architect: {
          build: {
            builder: '@angular/build:application',
            options: {
              browser: 'src/main.ts',
              server: 'src/main.server.ts',
              // Every route prerendered to static files; nothing runs on a server.
              outputMode: 'static',
              outputPath: { base: 'dist', browser: '' },
              index: 'src/index.html',
              tsConfig: 'tsconfig.json',
              assets: [{ glob: '**/*', input: 'public' }],
              styles: ['src/styles/theme.css'],
              // Scripts and styles from the site's root: the pages have no <base> (see app.config.ts).
              deployUrl: '/',
              // The fonts are the theme's own; critical CSS is already what each page inlines.
              optimization: { scripts: true, styles: { minify: true, inlineCritical: false }, fonts: false },
              outputHashing: 'all',
              sourceMap: false,
            },
            configurations: { production: {}, development: { optimization: false, sourceMap: true } },
            defaultConfiguration: 'production',
          },
          serve: {
            builder: '@angular/build:dev-server',
            configurations: { development: { buildTarget: 'site:build:development' } },
            defaultConfiguration: 'development',
          },
        },
      },
    },
  };
}

const TSCONFIG = {
  compileOnSave: false,
  compilerOptions: {
    strict: true,
    noImplicitOverride: true,
    skipLibCheck: true,
    isolatedModules: true,
    resolveJsonModule: true,
    importHelpers: true,
    target: 'ES2022',
    module: 'preserve',
  },
  angularCompilerOptions: { strictInjectionParameters: true, strictInputAccessModifiers: true },
  files: ['src/main.ts', 'src/main.server.ts'],
};

const indexHtml = (lang: string, favicon: boolean) => `<!doctype html>
<html lang="${escapeAttr(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width,initial-scale=1" />${favicon ? '\n    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />' : ''}
  </head>
  <body>
    <pm-root></pm-root>
  </body>
</html>
`;

function packageJson(name: string) {
  return {
    name: packageName(name),
    version: '1.0.0',
    private: true,
    type: 'module',
    scripts: { start: 'ng serve', build: 'ng build && node not-found.mjs' },
    dependencies: { ...angularProjectVersions },
    devDependencies: { ...angularProjectDevVersions },
    engines: { node: angularNodeEngines },
  };
}

function readme(siteName: string, pages: readonly PageOut[]): string {
  const list = pages.map((p) => `- \`${p.path}\` → \`dist/${p.file}\` (\`src/app/pages/${p.source}.ts\`, \`src/content/${p.key}.json\`)`).join('\n');
  return `# ${siteName.replace(/[\r\n]+/g, ' ')}

This is the site as an [Angular](https://angular.dev) project of standalone components.
\`npm run build\` prerenders every page to plain HTML (\`outputMode: 'static'\`), so the built site
reads without JavaScript and needs no server; Angular takes the page over in the browser.

## Run it

You need Node.js 22.22.3 or later in the 22 line, 24.15 or later in the 24 line, or 26 or later
(what Angular 22 runs on).

\`\`\`sh
npm install
npm start         # a development server with hot reload
npm run build     # the site, prerendered, in dist/
\`\`\`

## Change it

- Texts, links and images: \`src/content/<page>.json\`. Each page's \`title\` and \`description\`
  are there too; each entry of \`sections\` is one section of the page, in order, with its \`text\`,
  \`links\`, \`images\`, other \`attrs\` (image descriptions, labels) and element \`ids\`, each in
  the order they appear.
- Layout: \`src/app/sections/\`, one component per kind of section, and \`src/app/pages/\`, one per
  page; the routes are in \`src/app/app.routes.ts\`.
- Colours, fonts, corners and spacing: \`src/styles/theme.css\`; the rest of the styles are in
  \`src/styles/\`.
- Images, the favicon and other files served as they are: \`public/\`.

## Pages

${list}

## Deploy

Upload the contents of \`dist/\` to any static host (Netlify, Vercel, Cloudflare Pages, GitHub
Pages, an S3 bucket, nginx), at the root of a domain: the pages load Angular's script and styles
from \`/\` (change \`deployUrl\` in \`angular.json\` to serve it from a folder). \`dist/404.html\`
is the page for addresses that do not exist; most static hosts pick it up by that name. In the
browser, Angular shows a page's address without its file name (\`/sobre\` for \`sobre/index.html\`),
which static hosts answer with the same file.

${contactFormNote}`;
}

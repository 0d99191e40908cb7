// A published version as a Vite + Vue 3 project that prerenders the same pages (issue 17, "Exports").
// Built from the static export's folder (lib/builds/static-site.ts: the same pages, relative links,
// numbered images, the form's answer pages left out), so both exports agree on what a page links to.
// Each page's body becomes one page component; each of its sections one single-file component whose
// template holds only markup: every text, link, image source and readable attribute (alt, title,
// aria-label, …) is data in src/content/<page>.json, bound with {{ }} or v-bind, so Vue escapes it
// and user text can never be read as template syntax. Section ids (the document's) become
// section-<n>, so no internal id leaves with the project. Pure.
import { attr, findElement, parseHtml, voidElements, type HtmlElement, type HtmlNode } from './html-tree';
import { staticSiteFiles } from './static-site';

export type SiteFile = { path: string; contentType: string; body: Uint8Array };

// Exact versions that exist in the registry (checked with `npm view`); no lockfile ships, so these
// pins are what makes two installs alike.
export const vueProjectVersions = { vue: '3.5.47', vite: '8.4.1', '@vitejs/plugin-vue': '6.1.1' } as const;

export type Slot = 'text' | 'links' | 'images' | 'attrs' | 'ids';
// null: an attribute a navigation link has on one page and not on another (aria-current).
export type SectionData = Partial<Record<Slot, (string | null)[]>>;

// Attributes whose values are the owner's content or addresses: data, bound with v-bind.
export const boundAttrs: Record<string, Exclude<Slot, 'text'>> = {
  href: 'links',
  action: 'links',
  src: 'images',
  srcset: 'images',
  poster: 'images',
  alt: 'attrs',
  title: 'attrs',
  'aria-label': 'attrs',
  placeholder: 'attrs',
  value: 'attrs',
  content: 'attrs',
};
// Attributes that name an element by id: section ids are renamed in them.
export const idAttrs = new Set(['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'headers', 'value']);
// Names Vue reads as its own (directives, shorthands, special attributes) never reach a template.
const safeAttrName = /^(?!v-)[a-zA-Z_][a-zA-Z0-9_.:-]*$/;
const vueReserved = new Set(['key', 'ref', 'is', 'slot', 'ref_for', 'ref_key']);
export const safeTag = /^[a-zA-Z][a-zA-Z0-9-]*$/;
export const skippedTags = new Set([
  'script',
  'style',
  'template',
  'slot',
  'component',
  'transition',
  'transition-group',
  'keep-alive',
  'teleport',
  'suspense',
]);

export const utf8 = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
export const pad = (depth: number) => '  '.repeat(depth);
export const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
export const pascal = (words: string) =>
  words
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

type IdMap = ReadonlyMap<string, string>;

// A value that names a section's element (`<id>` or `<id>-title`, space-separated lists too) with
// the section's new name; anything else unchanged.
function renameIds(value: string, ids: IdMap, longestFirst: readonly string[]): string {
  return value
    .split(/(\s+)/)
    .map((token) => {
      for (const id of longestFirst) if (token === id || token.startsWith(`${id}-`)) return ids.get(id)! + token.slice(id.length);
      return token;
    })
    .join('');
}

export class Renamer {
  private longest: string[];
  constructor(readonly ids: IdMap) {
    this.longest = [...ids.keys()].sort((a, b) => b.length - a.length);
  }
  value(value: string): string {
    return renameIds(value, this.ids, this.longest);
  }
  // The fragment of a link (`#id`, `../index.html#id`).
  link(url: string): string {
    const hash = url.indexOf('#');
    return hash === -1 ? url : url.slice(0, hash + 1) + this.value(url.slice(hash + 1));
  }
  css(css: string): string {
    return css.replace(/\[id="([^"]+)"\]/g, (_, id: string) => `[id="${this.value(id)}"]`);
  }
}

// How a framework's templates bind a value and which names they keep: Vue's `:name`, Angular's
// `[attr.name]`. Shared by the template-based exports (Vue, Angular).
export type TemplateDialect = {
  // A name the framework does not read as its own (a directive, an event, a reference).
  keepsAttr: (name: string) => boolean;
  bind: (name: string, expression: string) => string;
  skipsTag?: (tag: string) => boolean;
  // A fixed value the framework would read as syntax is bound as data instead.
  bindsValue?: (value: string) => boolean;
};

const vueDialect: TemplateDialect = {
  keepsAttr: (name) => safeAttrName.test(name) && !vueReserved.has(name),
  bind: (name, expression) => `:${name}="${expression}"`,
};

// One section's template (markup only) and its data. Line breaks go inside tags, before a `>`, so
// the template adds no whitespace the page did not have.
export function sectionTemplate(root: HtmlElement, ids: Renamer, dialect: TemplateDialect = vueDialect): { template: string; data: SectionData } {
  const { data, slot } = sectionData();
  const skips = (tag: string) => !safeTag.test(tag) || skippedTags.has(tag.toLowerCase()) || (dialect.skipsTag?.(tag) ?? false);
  const render = (el: HtmlElement, depth: number, inSvg: boolean, inNav: boolean): string => {
    const svg = inSvg || el.tag.toLowerCase() === 'svg';
    const nav = inNav || el.tag.toLowerCase() === 'nav';
    const tag = svg ? el.tag : el.tag.toLowerCase();
    let out = `<${tag}`;
    for (const [given, raw] of el.attrs) {
      const name = svg ? given : given.toLowerCase();
      if (!dialect.keepsAttr(name) || (nav && tag === 'a' && name === 'aria-current')) continue;
      const { from, value } = attributeData(name, tag, raw, ids);
      if (from) out += ` ${dialect.bind(name, slot(from, value))}`;
      else if (dialect.bindsValue?.(value)) out += ` ${dialect.bind(name, slot('attrs', value))}`;
      else out += value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`;
    }
    // The page a navigation link marks as the current one differs from page to page: null elsewhere.
    if (nav && tag === 'a') out += ` ${dialect.bind('aria-current', slot('attrs', attr(el, 'aria-current') ?? null))}`;
    // A void element is left open: the `>` that follows closes it (`/>` could not take a line break).
    if (voidElements.has(tag.toLowerCase())) return out;
    let pending = true;
    let lastElement = false;
    for (const child of el.children) {
      if (child.type === 'element') {
        if (skips(child.tag)) continue;
        out += (pending ? `\n${pad(depth + 1)}>` : '') + render(child, depth + 1, svg, nav);
        pending = true;
        lastElement = true;
      } else if (child.text !== '') {
        // Whitespace between elements stays exactly as it was, as an expression rather than data.
        out += (pending ? '>' : '') + (child.text.trim() === '' ? `{{ ${JSON.stringify(child.text)} }}` : `{{ ${slot('text', child.text)} }}`);
        pending = false;
        lastElement = false;
      }
    }
    return `${out}${pending ? (lastElement ? `\n${pad(depth)}>` : '>') : ''}</${tag}`;
  };
  return { template: `${render(root, 1, false, false)}>`, data };
}

// A section's data, and the function that puts a value in it and answers the expression that reads
// it back (`text[3]`). Shared by the framework exports.
export function sectionData() {
  const data: SectionData = {};
  const slot = (name: Slot, value: string | null) => {
    const list = (data[name] ??= []);
    list.push(value);
    return `${name}[${list.length - 1}]`;
  };
  return { data, slot };
}

// What an attribute's value becomes in a section's markup: data (`from` names the list) when it is
// the owner's text or an address, or a section id (the document's, renamed: data too, so the same
// kind of section on two pages is one component); else the value itself, written as it is.
export function attributeData(name: string, tag: string, raw: string, ids: Renamer): { from: Slot | null; value: string } {
  const value = idAttrs.has(name) ? ids.value(raw) : raw;
  // A <link> (React's image preload) points at an image.
  const bound = name === 'href' && tag === 'link' ? 'images' : boundAttrs[name];
  if (bound) return { from: bound, value: bound === 'links' ? ids.link(value) : value };
  return value !== raw ? { from: 'ids', value } : { from: null, value };
}

export function sectionName(root: HtmlElement): string {
  const classes = (attr(root, 'class') ?? '').split(/\s+/);
  const type = classes.find((c) => /^s-[a-zA-Z]+$/.test(c));
  if (type) return `${pascal(type.slice(2))}Section`;
  if (classes.includes('pm-skip')) return 'SkipLinkSection';
  if (root.tag.toLowerCase() === 'link') return 'PreloadLinks';
  return `${pascal(root.tag) || 'Part'}Section`;
}

const sectionFile = (template: string) => `<script setup>
// One section's markup. Its texts, links and images are data (src/content/<page>.json), passed in
// as props: change them there.
defineProps({
  text: { type: Array, default: () => [] },
  links: { type: Array, default: () => [] },
  images: { type: Array, default: () => [] },
  attrs: { type: Array, default: () => [] },
  ids: { type: Array, default: () => [] },
});
</script>

<template>
  ${template}
</template>
`;

type PageOut = { key: string; component: string; file: string; path: string; title: string; description: string };

// `index.html` -> home, `sobre/index.html` -> sobre, `404.html` -> not-found.
export function pageKey(file: string, taken: Set<string>): string {
  const base = file === 'index.html' ? 'home' : file === '404.html' ? 'not-found' : file.replace(/(\/index)?\.html$/, '');
  let key =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'page';
  if (/^\d/.test(key)) key = `page-${key}`;
  let unique = key;
  for (let n = 2; taken.has(unique); n++) unique = `${key}-${n}`;
  taken.add(unique);
  return unique;
}

export const pagePath = (file: string) =>
  file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'/index.html'.length)}` : `/${file}`;

// A CSS url() made site-absolute, so Vite finds the file in public/ and writes it relative again.
export const cssUrls = (css: string) =>
  css.replace(/url\((['"]?)((?:\.\.\/)*)([^)'":#]+)\1\)/g, (whole, quote: string, _up: string, path: string) =>
    path.startsWith('/') || path.startsWith('data') ? whole : `url(${quote}/${path}${quote})`,
  );

// The static export's folder read as pages: each one's file, body, language, title, description and
// styles (the theme's :root block apart), with the section ids renamed section-<n> everywhere; and
// the files served as they are (images, the favicon). Shared by the framework exports.
export function sitePages(files: readonly SiteFile[], images: ReadonlyMap<string, Uint8Array>) {
  const folder = staticSiteFiles(files, images);
  const htmlFiles = [...folder.keys()].filter((name) => name.endsWith('.html'));
  // The home page first, then the others in order of their paths.
  htmlFiles.sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)));
  const assets = [...folder].filter(([name]) => !name.endsWith('.html'));

  const parsed = htmlFiles.map((file) => {
    const doc = parseHtml(utf8(folder.get(file)!));
    const head = findElement(doc, 'head');
    const body = findElement(doc, 'body');
    const html = findElement(doc, 'html');
    return { file, head, body: body?.children ?? [], lang: html ? attr(html, 'lang') : undefined };
  });
  // Top-level parts of each page: what sits in <body>, and each section inside <main>.
  const roots = (nodes: readonly HtmlNode[]) =>
    nodes.flatMap((n) => (n.type !== 'element' ? [] : n.tag.toLowerCase() === 'main' ? n.children.filter((c) => c.type === 'element') : [n]));
  const ids = new Map<string, string>();
  for (const page of parsed) {
    for (const root of roots(page.body)) {
      const id = attr(root, 'id');
      if (id && id !== 'main' && !ids.has(id)) ids.set(id, `section-${ids.size + 1}`);
    }
  }
  const renamer = new Renamer(ids);
  let themeCss = '';
  const pages = parsed.map((page) => {
    const styleEl = page.head && findElement(page.head.children, 'style');
    let css = styleEl?.children[0]?.type === 'text' ? styleEl.children[0].text : '';
    const theme = /^:root\{[^}]*\}/.exec(css);
    if (theme) {
      themeCss ||= theme[0];
      css = css.slice(theme[0].length);
    }
    const titleEl = page.head && findElement(page.head.children, 'title');
    const title = titleEl?.children[0]?.type === 'text' ? titleEl.children[0].text : '';
    const metaDescription = page.head
      ? [...page.head.children].find((n): n is HtmlElement => n.type === 'element' && n.tag === 'meta' && attr(n, 'name') === 'description')
      : undefined;
    const description = metaDescription ? (attr(metaDescription, 'content') ?? '') : '';
    return { file: page.file, body: page.body, title, description, css: cssUrls(renamer.css(css)) };
  });
  return { pages, assets, themeCss, renamer, lang: parsed[0]?.lang ?? 'en' };
}

export function vueProjectFiles(
  files: readonly SiteFile[],
  images: ReadonlyMap<string, Uint8Array>,
  opts: { name: string; siteName: string },
): Map<string, Uint8Array> {
  const site = sitePages(files, images);
  const { renamer } = site;
  const out = new Map<string, string | Uint8Array>();
  for (const [name, bytes] of site.assets) out.set(`public/${name}`, bytes);

  const components = new Map<string, string>(); // file text -> component name
  const names = new Set<string>();
  const cssFiles = new Map<string, string>(); // css -> file name
  const pages: PageOut[] = [];
  const keys = new Set<string>();
  for (const page of site.pages) {
    const key = pageKey(page.file, keys);
    const component = `${pascal(key)}Page`;
    const { css, title, description } = page;
    let cssFile = cssFiles.get(css);
    if (!cssFile) {
      cssFile = `${key}.css`;
      cssFiles.set(css, cssFile);
      out.set(`src/styles/${cssFile}`, `${css}\n`);
    }

    const sections: SectionData[] = [];
    const pageText: string[] = [];
    const imports = new Map<string, string>();
    const place = (root: HtmlElement, depth: number): string => {
      const { template, data } = sectionTemplate(root, renamer);
      const text = sectionFile(template);
      let name = components.get(text);
      if (!name) {
        const base = sectionName(root);
        name = base;
        for (let n = 2; names.has(name); n++) name = `${base}${n}`;
        names.add(name);
        components.set(text, name);
        out.set(`src/sections/${name}.vue`, text);
      }
      imports.set(name, `import ${name} from '../sections/${name}.vue';`);
      sections.push(data);
      return `${pad(depth)}<${name} v-bind="content.sections[${sections.length - 1}]" />`;
    };
    const lines: string[] = [];
    for (const node of page.body) {
      if (node.type === 'text') {
        if (node.text.trim()) {
          pageText.push(node.text);
          lines.push(`  {{ content.text[${pageText.length - 1}] }}`);
        }
        continue;
      }
      if (!safeTag.test(node.tag) || skippedTags.has(node.tag.toLowerCase())) continue;
      if (node.tag.toLowerCase() === 'main') {
        const mainAttrs = node.attrs
          .filter(([n]) => safeAttrName.test(n) && !vueReserved.has(n) && !boundAttrs[n.toLowerCase()])
          .map(([n, v]) => ` ${n.toLowerCase()}="${escapeAttr(renamer.value(v))}"`)
          .join('');
        lines.push(`  <main${mainAttrs}>`);
        for (const child of node.children)
          if (child.type === 'element' && safeTag.test(child.tag) && !skippedTags.has(child.tag.toLowerCase())) lines.push(place(child, 2));
        lines.push('  </main>');
      } else lines.push(place(node, 1));
    }
    out.set(`src/content/${key}.json`, `${JSON.stringify({ path: pagePath(page.file), title, description, text: pageText, sections }, null, 2)}\n`);
    out.set(
      `src/pages/${component}.vue`,
      `<script setup>
import content from '../content/${key}.json';
${[...imports.values()].join('\n')}
import '../styles/${cssFile}';
</script>

<template>
${lines.join('\n')}
</template>
`,
    );
    pages.push({ key, component, file: page.file, path: pagePath(page.file), title, description });
  }

  out.set('src/styles/theme.css', `/* The site's theme: colours, fonts, corner radius and spacing. */\n${site.themeCss}\n`);
  out.set('src/routes.js', routesFile(pages));
  out.set('src/main.js', MAIN_JS);
  out.set('src/entry-server.js', ENTRY_SERVER_JS);
  out.set('prerender.js', PRERENDER_JS);
  out.set('vite.config.js', VITE_CONFIG);
  out.set('index.html', indexHtml(site.lang));
  out.set('package.json', `${JSON.stringify(packageJson(opts.name), null, 2)}\n`);
  out.set('README.md', readme(opts.siteName, pages));
  out.set('.gitignore', 'node_modules\ndist\ndist-ssr\n');

  const bytes = new Map<string, Uint8Array>();
  for (const [name, body] of [...out].sort(([a], [b]) => a.localeCompare(b))) bytes.set(name, typeof body === 'string' ? Buffer.from(body) : body);
  return bytes;
}

// What every export's README says of the contact form.
export const contactFormNote = `The contact form, if the site has one, posts to the address of the hosted site's form handler,
which a static host does not have: point the form's \`action\` (among the section's \`links\`) at
a form service of your own.
`;

// The site's name as an npm package name (lowercase letters, digits and dashes), as every export's
// package.json carries it.
export function packageName(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 100) || 'site'
  );
}

function packageJson(name: string) {
  return {
    name: packageName(name),
    version: '1.0.0',
    private: true,
    type: 'module',
    scripts: {
      dev: 'vite',
      build: 'vite build && vite build --ssr src/entry-server.js --outDir dist-ssr && node prerender.js',
      preview: 'vite preview',
    },
    dependencies: { vue: vueProjectVersions.vue },
    devDependencies: { '@vitejs/plugin-vue': vueProjectVersions['@vitejs/plugin-vue'], vite: vueProjectVersions.vite },
    engines: { node: '^20.19.0 || >=22.12.0' },
  };
}

function routesFile(pages: readonly PageOut[]): string {
  const imports = pages.map((p) => `import ${p.component} from './pages/${p.component}.vue';\nimport ${pascal(p.key)}Content from './content/${p.key}.json';`);
  const list = pages.map(
    (p) =>
      `  { key: ${JSON.stringify(p.key)}, path: ${JSON.stringify(p.path)}, file: ${JSON.stringify(p.file)}, component: ${p.component}, content: ${pascal(p.key)}Content },`,
  );
  return `// Every page: its address on the site, the file the build writes, its component and its content
// (title and description come from the content file, so they are changed there too).
${imports.join('\n')}

export const pages = [
${list.join('\n')}
];

// The page for an address, in \`npm run dev\` (built pages say which they are on #app).
export function pageFor(pathname) {
  const path = pathname.replace(/index\\.html$/, '').replace(/\\/+$/, '') || '/';
  const byLength = [...pages].sort((a, b) => b.path.length - a.path.length);
  return byLength.find((p) => p.path !== '/' && (path === p.path || path.endsWith(p.path))) ?? pages[0];
}
`;
}

const MAIN_JS = `// In the browser: the built pages are already rendered (prerender.js), so the app takes them over
// (hydrates); in \`npm run dev\` it renders the page for the address.
import { createApp, createSSRApp } from 'vue';
import { pageFor, pages } from './routes.js';
import './styles/theme.css';

const root = document.getElementById('app');
const prerendered = pages.find((p) => p.key === root.dataset.page);
const page = prerendered ?? pageFor(location.pathname);
if (!prerendered) document.title = page.content.title;
(prerendered ? createSSRApp : createApp)(page.component).mount(root);
`;

const ENTRY_SERVER_JS = `// For prerender.js: one page's HTML, rendered by Vue's server renderer.
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { pages } from './routes.js';

export { pages };

export function render(page) {
  return renderToString(createSSRApp(page.component));
}
`;

// Vue's own server renderer and a short script rather than vite-ssg: vite-ssg needs vue-router and
// @unhead/vue, and these pages need neither (one component per page, a title and a description).
const PRERENDER_JS = `// Writes every page as plain HTML after \`vite build\` (the browser build, in dist/) and
// \`vite build --ssr\` (the server build, in dist-ssr/): dist/<path>/index.html per page, with its
// title and description, linking the built script and styles relatively, so dist/ works on any
// static host, at its root or in a folder.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const { pages, render } = await import(pathToFileURL(resolve('dist-ssr/entry-server.js')).href);
const template = readFileSync('dist/index.html', 'utf8');
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

for (const page of pages) {
  const up = '../'.repeat(page.file.split('/').length - 1) || './';
  const { title, description } = page.content;
  const head = \`<title>\${escape(title)}</title>\` + (description ? \`<meta name="description" content="\${escape(description)}">\` : '');
  const body = await render(page);
  // Replacements are functions: text such as $& in a page must stay as it is.
  const html = template
    .replace(/(\\s(?:href|src)=")\\.\\//g, (_, attr) => attr + up)
    .replace('<!--app-head-->', () => head)
    .replace('<div id="app">', () => \`<div id="app" data-page="\${page.key}">\`)
    .replace('<!--app-html-->', () => body);
  const file = join('dist', page.file);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  console.log(\`prerendered \${page.path} -> \${file}\`);
}
rmSync('dist-ssr', { recursive: true, force: true });
`;

const VITE_CONFIG = `import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// base './': the built files link each other relatively (prerender.js adjusts each page's depth).
export default defineConfig({ base: './', plugins: [vue()] });
`;

const indexHtml = (lang: string) => `<!doctype html>
<html lang="${escapeAttr(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <!--app-head-->
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
  </head>
  <body>
    <div id="app"><!--app-html--></div>
    <script type="module" src="/src/main.js"></script>
  </body>
</html>
`;

function readme(siteName: string, pages: readonly PageOut[]): string {
  const list = pages.map((p) => `- \`${p.path}\` → \`dist/${p.file}\` (\`src/pages/${p.component}.vue\`, \`src/content/${p.key}.json\`)`).join('\n');
  return `# ${siteName.replace(/[\r\n]+/g, ' ')}

This is the site as a [Vite](https://vite.dev) + [Vue 3](https://vuejs.org) project. \`npm run build\`
prerenders every page to plain HTML, so the built site reads and works without JavaScript, and
Vue takes the page over in the browser.

## Run it

You need Node.js 20.19 or later in the 20 line, or 22.12 or later.

\`\`\`sh
npm install
npm run dev       # a development server with hot reload
npm run build     # the site, prerendered, in dist/
npm run preview   # serves dist/ to check the build
\`\`\`

## Change it

- Texts, links and images: \`src/content/<page>.json\`. Each page's \`title\` and \`description\`
  are there too; each entry of \`sections\` is one section of the page, in order, with its \`text\`,
  \`links\`, \`images\`, other \`attrs\` (image descriptions, labels) and element \`ids\`, each in
  the order they appear.
- Layout: \`src/sections/*.vue\`, one component per kind of section, and \`src/pages/*.vue\`, one
  per page.
- Colours, fonts, corners and spacing: \`src/styles/theme.css\`; the rest of the styles are in
  \`src/styles/\`.
- Images, the favicon and other files served as they are: \`public/\`.

## Pages

${list}

## Deploy

Upload the contents of \`dist/\` to any static host (Netlify, Vercel, Cloudflare Pages, GitHub
Pages, an S3 bucket, nginx). Links between pages are relative, so the site also works from a
folder of a domain. \`dist/404.html\` is the page for addresses that do not exist; most static
hosts pick it up by that name.

${contactFormNote}`;
}

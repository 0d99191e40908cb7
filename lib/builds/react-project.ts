// A published version as a Next.js (App Router) project that exports the same pages as static HTML
// (issue 17, "Exports"). Read from the static export's folder as the Vue export is (vue-project.ts's
// sitePages: the same pages, relative links, numbered images, section ids renamed section-<n>).
// Each page is app/<path>/page.jsx (the 404 page app/not-found.jsx), exporting its title and
// description as `metadata`; each top-level part of its body one component in components/ whose
// JSX holds only markup: every text, link, image source and readable attribute is data in
// content/<page>.json, passed as props and rendered by React as text or attribute values (never
// as HTML), so user text can never be read as markup or code. Pure.
import { attr, voidElements, type HtmlElement, type HtmlNode } from './html-tree';
import {
  attributeData,
  boundAttrs,
  contactFormNote,
  packageName,
  pad,
  pageKey,
  pagePath,
  safeTag,
  sectionData,
  sectionName,
  sitePages,
  skippedTags,
  type Renamer,
  type SectionData,
  type SiteFile,
} from './vue-project';

// Exact versions that exist in the registry (checked with `npm view`); no lockfile ships, so these
// pins are what makes two installs alike.
export const reactProjectVersions = { next: '16.5.0', react: '19.3.1', 'react-dom': '19.3.1' } as const;

// HTML attribute names as React spells them (others: aria-* and data-* as they are, the rest
// camelCased at - and :).
const reactNames: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  minlength: 'minLength',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  autocomplete: 'autoComplete',
  autofocus: 'autoFocus',
  autoplay: 'autoPlay',
  crossorigin: 'crossOrigin',
  srcset: 'srcSet',
  fetchpriority: 'fetchPriority',
  enctype: 'encType',
  referrerpolicy: 'referrerPolicy',
  novalidate: 'noValidate',
  formnovalidate: 'formNoValidate',
  inputmode: 'inputMode',
  datetime: 'dateTime',
  allowfullscreen: 'allowFullScreen',
  playsinline: 'playsInline',
  imagesizes: 'imageSizes',
  imagesrcset: 'imageSrcSet',
  contenteditable: 'contentEditable',
  spellcheck: 'spellCheck',
  enterkeyhint: 'enterKeyHint',
  accesskey: 'accessKey',
  itemprop: 'itemProp',
  itemscope: 'itemScope',
  itemtype: 'itemType',
  hreflang: 'hrefLang',
  charset: 'charSet',
  frameborder: 'frameBorder',
  usemap: 'useMap',
  viewbox: 'viewBox',
};
const booleanAttrs = new Set([
  'allowfullscreen',
  'async',
  'autofocus',
  'autoplay',
  'checked',
  'controls',
  'default',
  'defer',
  'disabled',
  'formnovalidate',
  'hidden',
  'inert',
  'itemscope',
  'loop',
  'multiple',
  'muted',
  'novalidate',
  'open',
  'playsinline',
  'readonly',
  'required',
  'reversed',
  'selected',
]);
// Names React reads as its own, and event handlers, never reach a component.
const safeAttrName = /^[a-zA-Z_][a-zA-Z0-9_:-]*$/;
const reactReserved = new Set(['key', 'ref', 'children', 'is', 'dangerouslysetinnerhtml', 'suppresshydrationwarning', 'suppresscontenteditablewarning']);
const formFields = new Set(['input', 'textarea', 'select']);

function jsxAttrName(name: string, tag: string): string {
  if (/^(aria|data)-/.test(name)) return name;
  // A form field's value and checked state are where it starts, not what it is held to.
  if (name === 'value' && formFields.has(tag)) return 'defaultValue';
  if (name === 'checked' && tag === 'input') return 'defaultChecked';
  return reactNames[name] ?? name.replace(/[-:]([a-zA-Z])/g, (_, c: string) => c.toUpperCase());
}

// A CSS declaration list as a React style object: custom properties as they are, the rest camelCased.
function styleObject(css: string): Record<string, string> {
  const style: Record<string, string> = {};
  for (const declaration of css.split(/;(?![^(]*\))/)) {
    const colon = declaration.indexOf(':');
    if (colon === -1) continue;
    const property = declaration.slice(0, colon).trim();
    const value = declaration.slice(colon + 1).trim();
    if (!property || !value) continue;
    const key = property.startsWith('--')
      ? property
      : property
          .toLowerCase()
          .replace(/^-ms-/, 'ms-')
          .replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    style[key] = value;
  }
  return style;
}

// A fixed attribute value in JSX: a plain string when nothing in it is read specially, else a
// JavaScript string literal (JSX strings decode HTML entities; a literal is taken as written).
const jsxValue = (value: string) => (/^[^"&{}<>\\\r\n]*$/.test(value) ? `"${value}"` : `{${JSON.stringify(value)}}`);

function sectionJsx(root: HtmlElement, ids: Renamer): { jsx: string; data: SectionData } {
  const { data, slot } = sectionData();
  const render = (el: HtmlElement, depth: number, inSvg: boolean, inNav: boolean): string => {
    const svg = inSvg || el.tag.toLowerCase() === 'svg';
    const nav = inNav || el.tag.toLowerCase() === 'nav';
    const tag = svg ? el.tag : el.tag.toLowerCase();
    let out = `<${tag}`;
    for (const [given, raw] of el.attrs) {
      const name = given.toLowerCase();
      if (!safeAttrName.test(given) || reactReserved.has(name) || name.startsWith('on') || (nav && tag === 'a' && name === 'aria-current')) continue;
      const jsx = jsxAttrName(svg ? given : name, tag);
      if (name === 'style') {
        const style = styleObject(raw);
        if (Object.keys(style).length > 0) out += ` style={${JSON.stringify(style)}}`;
        continue;
      }
      const { from, value } = attributeData(name, tag, raw, ids);
      if (from) out += ` ${jsx}={${slot(from, value)}}`;
      else out += value === '' && booleanAttrs.has(name) ? ` ${jsx}` : ` ${jsx}=${jsxValue(value)}`;
    }
    // The page a navigation link marks as the current one differs from page to page: null elsewhere.
    if (nav && tag === 'a') out += ` aria-current={${slot('attrs', attr(el, 'aria-current') ?? null)}}`;
    // A text area's text is where it starts: React takes it as its defaultValue.
    if (tag === 'textarea') {
      const text = el.children.map((c) => (c.type === 'text' ? c.text : '')).join('');
      return `${out}${text ? ` defaultValue={${slot('text', text)}}` : ''} />`;
    }
    if (voidElements.has(tag.toLowerCase())) return `${out} />`;
    const children: string[] = [];
    for (const child of el.children) {
      if (child.type === 'element') {
        if (!safeTag.test(child.tag) || skippedTags.has(child.tag.toLowerCase())) continue;
        children.push(render(child, depth + 1, svg, nav));
      } else if (child.text !== '') {
        // Whitespace between elements stays exactly as it was, as an expression rather than data
        // (JSX drops the line breaks that lay the markup out).
        children.push(child.text.trim() === '' ? `{${JSON.stringify(child.text)}}` : `{${slot('text', child.text)}}`);
      }
    }
    if (children.length === 0) return `${out} />`;
    return `${out}>\n${children.map((c) => `${pad(depth + 1)}${c}\n`).join('')}${pad(depth)}</${tag}>`;
  };
  return { jsx: render(root, 2, false, false), data };
}

const sectionFile = (name: string, jsx: string) => `// One section's markup. Its texts, links and images are data (content/<page>.json), passed in as
// props: change them there.
export default function ${name}({ text = [], links = [], images = [], attrs = [], ids = [] }) {
  return (
    ${jsx}
  );
}
`;

type PageOut = { key: string; file: string; path: string; appFile: string };

// `index.html` -> app/page.jsx, `sobre/index.html` -> app/sobre/page.jsx, `404.html` -> app/not-found.jsx.
const appFileOf = (file: string) =>
  file === '404.html' ? 'app/not-found.jsx' : `app/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}page.jsx`;

export function reactProjectFiles(
  files: readonly SiteFile[],
  images: ReadonlyMap<string, Uint8Array>,
  opts: { name: string; siteName: string },
): Map<string, Uint8Array> {
  const site = sitePages(files, images);
  const out = new Map<string, string | Uint8Array>();
  for (const [name, bytes] of site.assets) out.set(`public/${name}`, bytes);

  const components = new Map<string, string>(); // JSX -> component name
  const names = new Set<string>();
  const cssFiles = new Map<string, string>(); // css -> file name
  const pages: PageOut[] = [];
  const keys = new Set<string>();
  for (const page of site.pages) {
    const key = pageKey(page.file, keys);
    const appFile = appFileOf(page.file);
    const up = '../'.repeat(appFile.split('/').length - 1);
    let cssFile = cssFiles.get(page.css);
    if (!cssFile) {
      cssFile = `${key}.css`;
      cssFiles.set(page.css, cssFile);
      out.set(`styles/${cssFile}`, `${page.css}\n`);
    }
    const sections: SectionData[] = [];
    const pageText: string[] = [];
    const imports = new Map<string, string>();
    const place = (root: HtmlElement, depth: number): string => {
      const { jsx, data } = sectionJsx(root, site.renamer);
      let name = components.get(jsx);
      if (!name) {
        const base = sectionName(root);
        name = base;
        for (let n = 2; names.has(name); n++) name = `${base}${n}`;
        names.add(name);
        components.set(jsx, name);
        out.set(`components/${name}.jsx`, sectionFile(name, jsx));
      }
      imports.set(name, `import ${name} from '${up}components/${name}';`);
      sections.push(data);
      return `${pad(depth)}<${name} {...content.sections[${sections.length - 1}]} />`;
    };
    const lines: string[] = [];
    const bodyNodes: readonly HtmlNode[] = page.body;
    for (const node of bodyNodes) {
      if (node.type === 'text') {
        if (node.text.trim()) {
          pageText.push(node.text);
          lines.push(`      {content.text[${pageText.length - 1}]}`);
        }
        continue;
      }
      if (!safeTag.test(node.tag) || skippedTags.has(node.tag.toLowerCase())) continue;
      if (node.tag.toLowerCase() === 'main') {
        const mainAttrs = node.attrs
          .filter(([n]) => safeAttrName.test(n) && !reactReserved.has(n.toLowerCase()) && !n.toLowerCase().startsWith('on') && !boundAttrs[n.toLowerCase()])
          .filter(([n]) => n.toLowerCase() !== 'style')
          .map(([n, v]) => ` ${jsxAttrName(n.toLowerCase(), 'main')}=${jsxValue(site.renamer.value(v))}`)
          .join('');
        lines.push(`      <main${mainAttrs}>`);
        for (const child of node.children)
          if (child.type === 'element' && safeTag.test(child.tag) && !skippedTags.has(child.tag.toLowerCase())) lines.push(place(child, 4));
        lines.push('      </main>');
      } else lines.push(place(node, 3));
    }
    out.set(
      `content/${key}.json`,
      `${JSON.stringify({ path: pagePath(page.file), title: page.title, description: page.description, text: pageText, sections }, null, 2)}\n`,
    );
    out.set(appFile, pageFile({ key, up, imports: [...imports.values()], cssFile, lines, notFound: page.file === '404.html' }));
    pages.push({ key, file: page.file, path: pagePath(page.file), appFile });
  }

  out.set('styles/theme.css', `/* The site's theme: colours, fonts, corner radius and spacing. */\n${site.themeCss}\n`);
  out.set(
    'app/layout.jsx',
    layoutFile(
      site.lang,
      site.assets.some(([name]) => name === 'favicon.svg'),
    ),
  );
  out.set('next.config.mjs', NEXT_CONFIG);
  out.set('package.json', `${JSON.stringify(packageJson(opts.name), null, 2)}\n`);
  out.set('README.md', readme(opts.siteName, pages));
  out.set('.gitignore', 'node_modules\n.next\nout\n');

  const bytes = new Map<string, Uint8Array>();
  for (const [name, body] of [...out].sort(([a], [b]) => a.localeCompare(b))) bytes.set(name, typeof body === 'string' ? Buffer.from(body) : body);
  return bytes;
}

function pageFile(p: { key: string; up: string; imports: string[]; cssFile: string; lines: string[]; notFound: boolean }): string {
  // The 404 page takes no `metadata` export: its title and description are elements React places
  // in the head.
  const head = p.notFound
    ? ['      <title>{content.title}</title>', '      {content.description ? <meta name="description" content={content.description} /> : null}']
    : [];
  return `import content from '${p.up}content/${p.key}.json';
${p.imports.join('\n')}
import '${p.up}styles/${p.cssFile}';
${
  p.notFound
    ? ''
    : `
// The title and description are in the content file, beside the page's texts.
export const metadata = { title: content.title, description: content.description || undefined };
`
}
export default function Page() {
  return (
    <>
${[...head, ...p.lines].join('\n')}
    </>
  );
}
`;
}

const layoutFile = (lang: string, favicon: boolean) => `import '../styles/theme.css';
${favicon ? `\nexport const metadata = { icons: { icon: '/favicon.svg' } };\n` : ''}
export default function RootLayout({ children }) {
  return (
    <html lang=${jsxValue(lang)}>
      <body>{children}</body>
    </html>
  );
}
`;

const NEXT_CONFIG = `// output 'export': \`next build\` writes the site as static files in out/. trailingSlash: each page
// is out/<path>/index.html, so the relative links between pages work on any static host. Images
// are served as they are (they are already sized and compressed).
/** @type {import('next').NextConfig} */
const nextConfig = { output: 'export', trailingSlash: true, images: { unoptimized: true } };

export default nextConfig;
`;

function packageJson(name: string) {
  return {
    name: packageName(name),
    version: '1.0.0',
    private: true,
    scripts: { dev: 'next dev', build: 'next build' },
    dependencies: { ...reactProjectVersions },
    engines: { node: '>=20.9.0' },
  };
}

function readme(siteName: string, pages: readonly PageOut[]): string {
  const list = pages.map((p) => `- \`${p.path}\` → \`out/${p.file}\` (\`${p.appFile}\`, \`content/${p.key}.json\`)`).join('\n');
  return `# ${siteName.replace(/[\r\n]+/g, ' ')}

This is the site as a [Next.js](https://nextjs.org) project (App Router, React). \`npm run build\`
exports every page as plain HTML (\`output: 'export'\`), so the built site reads and works without
a server.

## Run it

You need Node.js 20.9 or later.

\`\`\`sh
npm install
npm run dev       # a development server with hot reload
npm run build     # the site, as static files, in out/
\`\`\`

## Change it

- Texts, links and images: \`content/<page>.json\`. Each page's \`title\` and \`description\` are
  there too; each entry of \`sections\` is one section of the page, in order, with its \`text\`,
  \`links\`, \`images\`, other \`attrs\` (image descriptions, labels) and element \`ids\`, each in
  the order they appear.
- Layout: \`components/*.jsx\`, one component per kind of section, and \`app/**/page.jsx\`, one per
  page (\`app/not-found.jsx\` is the page for addresses that do not exist).
- Colours, fonts, corners and spacing: \`styles/theme.css\`; the rest of the styles are in
  \`styles/\`.
- Images, the favicon and other files served as they are: \`public/\`.

## Pages

${list}

## Deploy

Upload the contents of \`out/\` to any static host (Netlify, Vercel, Cloudflare Pages, GitHub
Pages, an S3 bucket, nginx), at the root of a domain: Next.js links its scripts and styles from
\`/_next/\` (set \`basePath\` in \`next.config.mjs\` to serve it from a folder). \`out/404.html\` is
the page for addresses that do not exist; most static hosts pick it up by that name.

${contactFormNote}`;
}

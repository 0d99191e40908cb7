import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import importX from 'eslint-plugin-import-x';

// The import order of lib/, lowest first: a domain (a folder, or a file at lib/'s top) may import
// from the domains of earlier layers, never from its own layer's others or from later ones.
// docs/architecture.md draws it; this list is the source.
const libLayers = [
  ['errors', 'i18n', 'random', 'zod-message', 'csv', 'app-csp', 'accept-encoding'], // plain helpers and data: no settings, no I/O beyond reading the build
  ['env', 'fetch-json', 'page-cursor'], // every setting, parsed once; the browser's JSON calls; cursor pages for the API's lists
  ['db'],
  ['observability', 'rate-limit', 'serving-channels'],
  ['email', 'http', 'action-gate', 'marketing', 'storage', 'queue', 'analytics'], // mail, the route/action wrappers and the actions' gate, the prerendered marketing pages, stored files, the job queue, visitor counts
  ['auth'],
  ['page-cache'], // the signed-in pages Next rendered, kept per visitor until the owner's data changes
  ['billing'],
  ['sites'],
  ['media', 'domains'],
  ['render'],
  ['builds'], // build records, their logs and metrics, exports, static, Vue, React and Angular (publishing records its builds here)
  ['generate', 'publish'],
  ['account-export'], // "download my data": reads every domain's rows of one account
  ['api', 'jobs'], // the public API's keys and its one authentication helper (called by routes only); the queue's workers
];

const root = path.dirname(fileURLToPath(import.meta.url));
const domainPath = (name) => (fs.existsSync(path.join(root, 'lib', name)) ? `./lib/${name}` : `./lib/${name}.ts`);

// Every folder and file of lib/ has its place: a new domain fails here until it is given one.
const placed = new Set(libLayers.flat());
const unplaced = fs
  .readdirSync(path.join(root, 'lib'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() || /^[^.]+\.tsx?$/.test(entry.name))
  .map((entry) => entry.name.replace(/\.tsx?$/, ''))
  .filter((name) => !placed.has(name));
if (unplaced.length) throw new Error(`eslint.config.mjs: place ${unplaced.map((n) => `lib/${n}`).join(', ')} in libLayers (the import order).`);

const importZones = [
  { target: '.', from: './test', message: 'test/ is for tests only; the app must not import it.' },
  { target: './components', from: './app', message: 'components/ never import from app/: server actions live in lib/<domain>/actions.ts.' },
  { target: './lib', from: ['./app', './components', './i18n'], message: 'lib/ imports neither app/ nor components/.' },
  ...libLayers
    .flatMap((layer, i) =>
      layer.map((name) => {
        const below = libLayers.slice(0, i).flat();
        return {
          target: domainPath(name),
          from: libLayers
            .slice(i)
            .flat()
            .filter((other) => other !== name)
            .map(domainPath),
          message: `lib/${name} may import only from ${below.length ? below.join(', ') : 'no other domain of lib/'} (the import order, eslint.config.mjs).`,
        };
      }),
    )
    .filter((zone) => zone.from.length > 0),
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'generated/**', 'node_modules/**', '.data/**', 'playwright-report/**', 'test-results/**', 'next-env.d.ts'],
  },
  {
    // Every visible string comes from the message files (messages/<locale>/*.json).
    files: ['app/**/*.tsx', 'components/**/*.tsx', 'lib/render/sections/**/*.tsx'],
    rules: {
      'react/jsx-no-literals': [
        'error',
        { noStrings: false, ignoreProps: true, allowedStrings: ['·', '—', '/', '&middot;', '→', '←', '×', '•', '|', ':', '(', ')', '…', '✓', '-', '+', '*'] },
      ],
    },
  },
  {
    // Published sites are static HTML rendered outside Next: its image and link components do not apply.
    files: ['lib/render/**/*.tsx'],
    rules: { '@next/next/no-img-element': 'off', '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // Components share the generator's types, never its code (OpenAI, the database, the catalogue
    // read from disk): a type is imported with `import type`, which leaves no trace in the bundle,
    // rather than copied by hand. Pages in app/ pass generated data down as props.
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // actions.ts is 'use server': the bundle gets only references to call on the server.
              group: ['@/lib/generate/*', '!@/lib/generate/prompt-words', '!@/lib/generate/actions'],
              allowTypeImports: true,
              message: 'Components take lib/generate types only: use `import type`.',
            },
          ],
        },
      ],
    },
  },
  {
    // Imports are resolved as TypeScript does (the @/ paths of tsconfig.json). No import cycles
    // anywhere (type-only imports aside: they leave no trace at run time).
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { 'import-x': importX },
    settings: importX.flatConfigs.typescript.settings,
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // One direction (docs/architecture.md, "Import order"): app/ -> components/ -> lib/, lib/'s
    // domains in the order above, and test code (test/: stand-ins for outside services,
    // factories, fixtures) never reaches the app. Tests beside the code may import from anywhere:
    // a billing limit is tested through a generation.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', 'i18n/**/*.ts', 'server.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones: importZones }] },
  },
  {
    // lib/sites validates documents on the server and holds the section catalogue the editor loads:
    // no React, no components (those are the section library's render half, lib/render/sections/).
    files: ['lib/sites/**/*.ts'],
    ignores: ['lib/sites/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@/components/*'], message: 'lib/sites stays free of React and components.' }] },
      ],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  // Layout is Prettier's (npm test format): ESLint's rules that would argue with it are off.
  prettier,
];

export default config;

import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

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
      'react/jsx-no-literals': ['error', { noStrings: false, ignoreProps: true, allowedStrings: ['·', '—', '/', '&middot;', '→', '←', '×', '•', '|', ':', '(', ')', '…', '✓', '-', '+', '*'] }],
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
        { patterns: [{ group: ['@/lib/generate/*', '!@/lib/generate/prompt-words'], allowTypeImports: true, message: 'Components take lib/generate types only: use `import type`.' }] },
      ],
    },
  },
  {
    // Test code (stand-ins for outside services, factories, fixtures) lives in test/ and never
    // reaches the app: nothing the app runs may import it. Tests beside the code may.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', 'i18n/**/*.ts', 'server.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'import/no-restricted-paths': ['error', { zones: [{ target: '.', from: './test', message: 'test/ is for tests only; the app must not import it.' }] }],
    },
  },
  {
    // lib/sites validates documents on the server and holds the section catalogue the editor loads:
    // no React, no components (those are the section library's render half, lib/render/sections/).
    files: ['lib/sites/**/*.ts'],
    ignores: ['lib/sites/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@/components/*'], message: 'lib/sites stays free of React and components.' }] }],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
];

export default config;

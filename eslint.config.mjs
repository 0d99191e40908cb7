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
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    rules: {
      'react/jsx-no-literals': ['error', { noStrings: false, ignoreProps: true, allowedStrings: ['·', '—', '/', '&middot;', '→', '←', '×', '•', '|', ':', '(', ')', '…', '✓', '-', '+', '*'] }],
    },
  },
  {
    // Published sites are static HTML rendered outside Next: its image and link components do not apply.
    files: ['components/sections/**/*.tsx', 'lib/render/**/*.tsx'],
    rules: { '@next/next/no-img-element': 'off', '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
];

export default config;

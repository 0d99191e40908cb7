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
];

export default config;

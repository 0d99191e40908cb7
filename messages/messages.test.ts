// Every visible string lives in the message files (ESLint's react/jsx-no-literals keeps it out of
// JSX). This test fails when a key is missing from any language, a translation drops a placeholder
// or is left in English, or a translation call names a key that does not exist.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/messages';
import { findingCodes } from '@/lib/domains/check-dns';
import { siteLanguages, uiLocales } from '@/lib/i18n/languages';

const root = resolve(import.meta.dirname, '..');

function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') out.set(path, value);
      else for (const [k, v] of leaves(value, path)) out.set(k, v);
    }
  }
  return out;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(entry) && !entry.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

// The arguments an ICU message uses ({count, plural, ...}, {name}, <link>), parsed properly so
// words inside plural branches are not mistaken for arguments. A syntax error fails the test.
function argumentNames(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

const en = leaves(messages.en);
const pt = leaves(messages['pt-BR']);
const translations = uiLocales.filter((locale) => locale !== 'en').map((locale) => ({ locale, catalogue: leaves(messages[locale]) }));

// Messages whose Spanish is the English word itself, though Portuguese words them differently.
const sameInSpanish = new Set([
  'editor.options.no',
  'editor.toolbar.openRight',
  'editor.panels.right',
  'editor.theme.fontNames.slab',
  'editor.theme.fontNames.mono',
  'marketing.home.steps.describeTitle',
]);

describe('message files', () => {
  it('have the same keys in every language', () => {
    for (const { locale, catalogue } of translations) {
      const missing = [...en.keys()].filter((k) => !catalogue.has(k));
      const extra = [...catalogue.keys()].filter((k) => !en.has(k));
      expect(missing, `keys missing from messages/${locale}`).toEqual([]);
      expect(extra, `keys in messages/${locale} missing from messages/en`).toEqual([]);
    }
  });

  it('have no empty strings and keep the same {placeholders}, plurals and <tags> in every language', () => {
    for (const [key, value] of en) {
      expect(value.trim(), `en ${key}`).not.toBe('');
      for (const { locale, catalogue } of translations) {
        const translated = catalogue.get(key) ?? '';
        expect(translated.trim(), `${locale} ${key}`).not.toBe('');
        expect(argumentNames(translated), `placeholders of ${key} in ${locale}`).toEqual(argumentNames(value));
      }
    }
  });

  // A message left in English: where Portuguese words a message its own way, Spanish must too.
  it('leave no English in Spanish where Portuguese differs from it', () => {
    const es = leaves(messages.es);
    const untranslated = [...en].filter(([key, value]) => pt.get(key) !== value && es.get(key) === value && !sameInSpanish.has(key)).map(([key]) => key);
    expect(untranslated).toEqual([]);
    // The exceptions are still the English word, or the list has outlived them.
    expect([...sameInSpanish].filter((key) => es.get(key) !== en.get(key))).toEqual([]);
  });

  // Pages ask through useTranslations and getTranslations; emails (lib/email) through createTranslator.
  it('contain every key that the code asks for', () => {
    const missing: string[] = [];
    const files = ['app', 'components', 'lib'].flatMap((dir) => sourceFiles(join(root, dir)));
    let calls = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const translators = new Map<string, string>();
      const decl =
        /(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations|createTranslator)\(\s*(?:'([\w.]+)'|\{[^}]*namespace:\s*'([\w.]+)'[^}]*\})?\s*\)/g;
      for (const m of source.matchAll(decl)) translators.set(m[1], m[2] ?? m[3] ?? '');
      for (const [name, namespace] of translators) {
        const call = new RegExp(`\\b${name}(?:\\.rich|\\.markup|\\.raw|\\.has)?\\(\\s*['"]([\\w.]+)['"]`, 'g');
        for (const m of source.matchAll(call)) {
          calls++;
          const key = namespace ? `${namespace}.${m[1]}` : m[1];
          const isBranch = [...en.keys()].some((k) => k.startsWith(`${key}.`));
          if (!en.has(key) && !isBranch) missing.push(`${relative(root, file)}: ${key}`);
        }
      }
    }
    expect(calls).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  // Keys built from a language (`languages.${option}`) escape the search above.
  it('have one folder per dashboard language and a name for every language the screens list', () => {
    const folders = readdirSync(import.meta.dirname).filter((entry) => statSync(join(import.meta.dirname, entry)).isDirectory());
    expect(folders.sort()).toEqual([...uiLocales].sort());
    const wanted = [...uiLocales.map((l) => `common.locale.${l}`), ...siteLanguages.flatMap((l) => [`sites.new.languages.${l}`, `ai.languages.${l}`])];
    expect(wanted.filter((key) => !en.has(key) || translations.some(({ catalogue }) => !catalogue.has(key)))).toEqual([]);
  });

  it('word every finding the DNS check can make (the Domains page asks for `finding.${code}`)', () => {
    const wanted = findingCodes.map((code) => `domains.finding.${code}`);
    expect(wanted.filter((key) => !en.has(key) || translations.some(({ catalogue }) => !catalogue.has(key)))).toEqual([]);
  });
});

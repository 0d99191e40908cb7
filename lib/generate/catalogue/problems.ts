// What is wrong with catalogue files beyond their schema: copy in the wrong language, terms
// that are not lowercase, palettes that do not exist, terms two kinds both claim.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { siteLanguages as languages } from '@/lib/i18n/languages';
import { findPalette } from '@/lib/sites/theme-options';
import { detectLanguage } from '../offline/analyze';
import { kindsDir, readKindFile } from './load';
import type { Kind } from './schema';

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'terms') strings(v, out);
  return out;
}

export function catalogueProblems(files?: string[]) {
  const errors: string[] = [];
  const warnings: string[] = [];
  const all = readdirSync(kindsDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.join(kindsDir, f));
  const kinds: Kind[] = [];
  for (const file of all) {
    try {
      kinds.push(readKindFile(file));
    } catch (error) {
      if (!files || files.includes(file)) errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  const checked = files ? kinds.filter((k) => files.includes(path.join(kindsDir, `${k.id}.json`))) : kinds;
  const owners = new Map<string, string[]>();
  for (const kind of kinds) {
    for (const language of languages) {
      for (const term of kind.locales[language].terms) {
        const key = `${language}:${term.normalize('NFD').replace(/\p{M}/gu, '')}`;
        owners.set(key, [...(owners.get(key) ?? []), kind.id]);
      }
    }
  }
  for (const kind of checked) {
    for (const id of kind.palettes) if (!findPalette(id)) errors.push(`${kind.id}: no palette "${id}"`);
    for (const language of languages) {
      const locale = kind.locales[language];
      for (const term of locale.terms) if (term !== term.toLowerCase()) errors.push(`${kind.id} ${language}: term "${term}" is not lowercase`);
      const plain = locale.terms.map((t) => t.normalize('NFD').replace(/\p{M}/gu, ''));
      if (new Set(plain).size !== plain.length) errors.push(`${kind.id} ${language}: a term is listed twice (accents are ignored when matching)`);
      if (kind.bank) continue;
      const text = strings({ ...locale, label: undefined }).join(' ');
      const detected = detectLanguage(text);
      if (detected !== language) errors.push(`${kind.id} ${language}: the copy reads as ${detected}`);
      for (const s of strings(locale)) if (/lorem|ipsum|TODO|\[|\]|XXX/.test(s)) errors.push(`${kind.id} ${language}: placeholder-like text "${s}"`);
    }
    for (const [key, ids] of owners) {
      if (new Set(ids).size > 1 && ids[0] === kind.id) warnings.push(`term ${key} is claimed by ${ids.join(', ')}`);
    }
  }
  return { errors, warnings };
}

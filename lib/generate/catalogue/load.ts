// Reads the catalogue of kinds from ./kinds/*.json once per process, validating every file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteLanguage } from '@/lib/i18n/languages';
import { kindSchema, type Kind } from './schema';

export const kindsDir = path.join(process.cwd(), 'lib', 'generate', 'catalogue', 'kinds');

export function readKindFile(file: string): Kind {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const parsed = kindSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Catalogue file ${path.basename(file)}: ${issue.path.join('.')}: ${issue.message}`);
  }
  if (`${parsed.data.id}.json` !== path.basename(file)) throw new Error(`Catalogue file ${path.basename(file)} has id "${parsed.data.id}"`);
  return parsed.data;
}

let kinds: Kind[] | null = null;

export function loadKinds(): Kind[] {
  kinds ??= readdirSync(kindsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readKindFile(path.join(kindsDir, f)));
  return kinds;
}

export function findKind(id: string): Kind | null {
  return loadKinds().find((k) => k.id === id) ?? null;
}

// The kinds for a picker, labelled in one language and sorted by label.
export function kindOptions(language: SiteLanguage): Array<{ id: string; label: string; terms: string[] }> {
  return loadKinds()
    .map((k) => ({ id: k.id, label: k.locales[language].label, terms: k.locales[language].terms.slice(0, 6) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}

// Reads the catalogue of kinds from ./kinds/*.json once per process, validating every file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

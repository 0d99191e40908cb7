// A section type's entry in the catalogue: its name, its place in the editor's library and the
// editor's fields for its props. Plain data, no zod and no React, so the editor's first load can
// carry every entry. Beside it: the props a new section starts with (<type>.defaults.ts, plain data
// the editor loads when the owner first selects or adds a section) and the props schema
// (<type>.schema.ts); the component is in lib/render/sections/.
import type { UiLocale } from '@/lib/i18n/languages';
import type { Field } from '../fields';

export type SectionCategory = 'navigation' | 'hero' | 'content' | 'commerce' | 'social-proof' | 'blog' | 'contact' | 'footer';

export type SectionInfo<P = Record<string, unknown>> = {
  type: string;
  label: Record<UiLocale, string>;
  category: SectionCategory;
  // Only props the schema has can have a field.
  fields: { [K in keyof P & string]?: Field };
};

export function defineSection<P>(info: SectionInfo<P>): SectionInfo<P> {
  return info;
}

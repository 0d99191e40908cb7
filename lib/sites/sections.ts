// The section registry: every section type's component, props schema, defaults, editor fields
// and CSS. The publisher, the editor and the generators all read section types from here.
import type { ReactElement } from 'react';
import type { z } from 'zod';
import type { SectionComponentProps } from '@/lib/render/context';
import type { Fields } from './fields';

export type SectionCategory = 'navigation' | 'hero' | 'content' | 'commerce' | 'social-proof' | 'blog' | 'contact' | 'footer';

export type SectionDefinition<S extends z.ZodType = z.ZodType> = {
  type: string;
  label: { en: string; 'pt-BR': string };
  category: SectionCategory;
  schema: S;
  defaults: z.infer<S>;
  fields: Fields;
  component: (props: SectionComponentProps<z.infer<S>>) => ReactElement | null;
  // Only the CSS of the section types a page uses is inlined into it.
  css: string;
};

export function defineSection<S extends z.ZodType>(definition: SectionDefinition<S>): SectionDefinition<S> {
  return definition;
}

// Validates a whole site document: its shape, then each section's props against its type's
// schema (section-schemas.ts). Returns the parsed document (defaults applied) or throws INVALID_INPUT
// whose details.fields name each problem by its path (prefixed with `at`, where the document sits in
// a request body), as a zod error's fields do.
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { zodMessage } from '@/lib/zod-message';
import { siteDocumentSchema, type SiteDocument } from './document';
import { findSectionSchema } from './section-schemas';

export function parseSiteDocument(input: unknown, at?: string): SiteDocument {
  const prefixed = (fields: Record<string, string>, path: string) =>
    Object.fromEntries(Object.entries(fields).map(([key, message]) => [[at, path, key === '_' ? '' : key].filter(Boolean).join('.') || '_', message]));
  const parsed = siteDocumentSchema.safeParse(input);
  if (!parsed.success) {
    const { message, fields } = zodMessage(parsed.error);
    throw new AppError('INVALID_INPUT', `The site document is not valid: ${message}`, { fields: prefixed(fields, '') });
  }
  const doc = parsed.data;
  for (const [i, page] of doc.pages.entries()) {
    for (const [j, section] of page.sections.entries()) {
      const schema = findSectionSchema(section.type);
      const where = `pages.${i}.sections.${j}`;
      if (!schema) {
        const message = `unknown section type "${section.type}"`;
        throw new AppError('INVALID_INPUT', `${where}: ${message}`, { fields: prefixed({ type: message }, where) });
      }
      const props = schema.safeParse(section.props);
      if (!props.success) {
        const { message, fields } = zodMessage(props.error as z.ZodError);
        throw new AppError('INVALID_INPUT', `${where} (${section.type}): ${message}`, { fields: prefixed(fields, `${where}.props`) });
      }
      section.props = props.data as Record<string, unknown>;
    }
  }
  return doc;
}

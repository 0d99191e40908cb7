// Validates a whole site document: its shape, then each section's props against its type's
// schema (section-schemas.ts). Returns the parsed document (defaults applied) or throws INVALID_INPUT.
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { zodMessage } from '@/lib/zod-message';
import { siteDocumentSchema, type SiteDocument } from './document';
import { findSectionSchema } from './section-schemas';

export function parseSiteDocument(input: unknown): SiteDocument {
  const parsed = siteDocumentSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', `The site document is not valid: ${zodMessage(parsed.error).message}`);
  }
  const doc = parsed.data;
  for (const [i, page] of doc.pages.entries()) {
    for (const [j, section] of page.sections.entries()) {
      const schema = findSectionSchema(section.type);
      if (!schema) throw new AppError('INVALID_INPUT', `pages.${i}.sections.${j}: unknown section type "${section.type}"`);
      const props = schema.safeParse(section.props);
      if (!props.success) {
        const { message } = zodMessage(props.error as z.ZodError);
        throw new AppError('INVALID_INPUT', `pages.${i}.sections.${j} (${section.type}): ${message}`);
      }
      section.props = props.data as Record<string, unknown>;
    }
  }
  return doc;
}

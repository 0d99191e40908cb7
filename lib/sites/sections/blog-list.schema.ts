// Blog posts section: the props its documents may hold (zod). Its editor entry is blog-list.ts, its
// component lib/render/sections/BlogList.tsx.
import { z } from 'zod';
import { hrefSchema, imageSchema, requiredText, text } from '@/lib/sites/primitives';

// Post dates are calendar days (yyyy-mm-dd), shown in UTC so they never shift by a day.
export const postDateSchema = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Dates look like 2026-03-14');

export const readingMinutesSchema = z.number().int().min(0).max(240);

const postSchema = z.object({
  title: requiredText(140),
  excerpt: text(400),
  date: postDateSchema,
  href: hrefSchema,
  image: imageSchema,
  readingMinutes: readingMinutesSchema,
});

export const blogListSchema = z.object({
  eyebrow: text(80),
  heading: text(120),
  intro: text(400),
  posts: z.array(postSchema).min(1).max(24),
});

export type BlogListProps = z.infer<typeof blogListSchema>;

// Blog post section: the props its documents may hold (zod). Its editor entry is blog-post.ts, its
// component lib/render/sections/BlogPost.tsx.
import { z } from 'zod';
import { imageSchema, imageSrcSchema, requiredText, text } from '@/lib/sites/primitives';
import { postDateSchema, readingMinutesSchema } from './blog-list.schema';

export const blogBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: text(4000) }),
  z.object({ kind: z.literal('heading'), text: text(200), level: z.union([z.literal(2), z.literal(3)]) }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(text(600)).max(50) }),
  z.object({ kind: z.literal('quote'), text: text(1000), cite: text(200) }),
  z.object({ kind: z.literal('image'), src: imageSrcSchema, alt: text(200), caption: text(300) }),
]);
export type BlogBlock = z.infer<typeof blogBlockSchema>;

export const blogPostSchema = z.object({
  title: requiredText(160),
  lead: text(400),
  date: postDateSchema,
  author: text(80),
  readingMinutes: readingMinutesSchema,
  cover: imageSchema,
  body: z.array(blogBlockSchema).max(100),
});

export type BlogPostProps = z.infer<typeof blogPostSchema>;

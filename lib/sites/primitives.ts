// Building blocks for section props: text with limits, safe links, images. User content is
// always text; links pass safeHref() at validation and again at render.
import { z } from 'zod';
import { iconNames } from './icon-names';
import { isSafeHref } from './safe-href';

export const text = (max = 200) => z.string().max(max);
// Kept exactly as typed (a leading or trailing space the owner typed is theirs: trimming it on save
// would make the draft differ from the canvas); only text made of spaces alone counts as empty.
export const requiredText = (max = 200) =>
  z
    .string()
    .max(max)
    .refine((value) => value.trim() !== '', 'This text cannot be empty');

export const hrefSchema = z
  .string()
  .max(2000)
  .refine((href) => href === '' || isSafeHref(href), 'Links may use http, https, mailto or tel, or point to a page or #section of this site');

export const linkSchema = z.object({ label: text(60), href: hrefSchema });

// An image is generated art (`art:<motif>:<seed>`), an uploaded asset (`/assets/<id>`), or an https URL.
export const imageSrcSchema = z
  .string()
  .max(2000)
  .refine(
    (src) => src === '' || /^art:[a-z-]+:\d{1,9}$/.test(src) || /^\/assets\/[\w-]+$/.test(src) || /^https:\/\/[^\s"'<>]+$/.test(src),
    'Images must be generated art, an uploaded image or an https address',
  );

export const imageSchema = z.object({ src: imageSrcSchema, alt: text(200) });
export type Image = z.infer<typeof imageSchema>;

export const iconSchema = z.enum(iconNames);

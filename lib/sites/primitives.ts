// Building blocks for section props: text with limits, safe links, images. User content is
// always text; links pass safeHref() at validation and again at render.
import { z } from 'zod';
import { isSafeHref } from './safe-href';

export const text = (max = 200) => z.string().max(max);
// Kept exactly as typed (a leading or trailing space the owner typed is theirs: trimming it on save
// would make the draft differ from the canvas); only text made of spaces alone counts as empty.
export const requiredText = (max = 200) => z.string().max(max).refine((value) => value.trim() !== '', 'This text cannot be empty');

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

export const iconNames = [
  'sparkles', 'star', 'heart', 'leaf', 'coffee', 'cake', 'utensils', 'shopping-bag', 'truck', 'clock', 'map-pin', 'phone',
  'mail', 'shield', 'bolt', 'chart', 'users', 'calendar', 'camera', 'palette', 'code', 'globe', 'check', 'award',
  'dumbbell', 'music', 'book', 'home', 'wrench', 'scissors', 'paw', 'gift', 'sun', 'smile', 'lock', 'rocket',
  'car', 'stethoscope', 'flower', 'scale', 'calculator', 'graduation-cap', 'baby', 'bed', 'plane', 'church', 'hammer', 'paintbrush', 'droplets', 'key', 'shirt', 'gem', 'glasses', 'pill', 'bike', 'brain', 'briefcase', 'building', 'wine', 'beer', 'ice-cream', 'pizza', 'fish', 'sprout', 'dog', 'bath', 'flame', 'ruler', 'languages', 'guitar', 'mic', 'tent', 'map', 'party', 'sofa', 'lightbulb', 'heart-pulse', 'landmark', 'handshake', 'printer', 'smartphone', 'laptop', 'snowflake', 'trees', 'package', 'spray-can', 'bug', 'drill', 'paint-roller', 'syringe', 'bus', 'mountain', 'croissant', 'soup', 'store', 'microscope', 'hand-heart', 'beef', 'cookie', 'salad', 'ticket', 'video', 'shield-check',
] as const;
export const iconSchema = z.enum(iconNames);
export type IconName = z.infer<typeof iconSchema>;

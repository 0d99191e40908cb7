// Gallery section: the props its documents may hold (zod). Its editor entry is gallery.ts, its
// component lib/render/sections/Gallery.tsx.
import { z } from 'zod';
import { imageSrcSchema, requiredText, text } from '@/lib/sites/primitives';

export const gallerySchema = z.object({
  eyebrow: text(80),
  heading: requiredText(120),
  intro: text(400),
  layout: z.enum(['grid', 'mosaic']),
  images: z
    .array(z.object({ src: imageSrcSchema, alt: text(200), caption: text(140).default('') }))
    .min(3)
    .max(24),
});

export type GalleryProps = z.infer<typeof gallerySchema>;

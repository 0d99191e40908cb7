// What an upload may be and what it becomes: the one place for the image pipeline's numbers
// (the rendition formats are in lib/storage/renditions.ts, with the stored files' layout).
import type { RenditionFormat } from '@/lib/storage/renditions';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
// A multipart body carries the file plus its part headers and boundary.
export const MAX_UPLOAD_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;
// Decompression-bomb guard: a small file may declare a huge canvas (50,000 × 50,000 pixels in a
// few KB of PNG). 40 megapixels is more than any phone photo; anything larger is refused
// before it is decoded.
export const MAX_INPUT_PIXELS = 40_000_000;
// Responsive widths, never upscaled: an image narrower than the largest gets its own width instead.
export const RENDITION_WIDTHS = [480, 960, 1600] as const;
export const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp', 'avif'] as const;
export type AcceptedFormat = (typeof ACCEPTED_FORMATS)[number];
export const contentTypes: Record<RenditionFormat, string> = { avif: 'image/avif', webp: 'image/webp' };

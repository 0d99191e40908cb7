// Where an uploaded image's renditions are kept: one stored file per width and format, under
// assets/<id>/<width>.<format>. lib/media makes and serves them; this layout is here, below
// lib/sites and lib/auth, so deleting a site or an account can remove them (stored-files.ts).
export const RENDITION_FORMATS = ['avif', 'webp'] as const;
export type RenditionFormat = (typeof RENDITION_FORMATS)[number];

export const assetKey = (assetId: string, width: number, format: RenditionFormat) => `assets/${assetId}/${width}.${format}`;

// Every stored file of one asset.
export const renditionKeys = (assetId: string, widths: number[]) => widths.flatMap((w) => RENDITION_FORMATS.map((f) => assetKey(assetId, w, f)));

// SiteAsset.widths is JSON: the numbers in it.
export const widthsOf = (row: { widths: unknown }) => (Array.isArray(row.widths) ? row.widths.filter((w): w is number => typeof w === 'number') : []);

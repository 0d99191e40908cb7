// Names of an asset's stored renditions and of the URLs that serve them:
// URL <base><id>-<width>.<format> (the storage key is lib/storage/renditions.ts's assetKey).
import type { RenditionFormat } from '@/lib/storage/renditions';

export type AssetFile = { assetId: string; width: number; format: RenditionFormat };

// What the renderer needs to know about an uploaded asset to write srcset, width and height.
export type AssetInfo = { width: number; height: number; widths: number[] };
export type AssetMap = ReadonlyMap<string, AssetInfo>;

export const assetFileName = (assetId: string, width: number, format: RenditionFormat) => `${assetId}-${width}.${format}`;

export function parseAssetFileName(name: string): AssetFile | null {
  const m = /^([a-z0-9]{8,40})-(\d{1,5})\.(webp|avif)$/.exec(name);
  if (!m) return null;
  return { assetId: m[1], width: Number(m[2]), format: m[3] as RenditionFormat };
}

// The renderer's asset map from the list API's answer (GET /api/sites/:id/assets), for client
// code such as the editor canvas; server code uses loadDocumentAssets.
export function assetMapFrom(assets: Array<{ id: string; width: number; height: number; widths: number[] }>): AssetMap {
  return new Map(assets.map((a) => [a.id, { width: a.width, height: a.height, widths: a.widths }]));
}

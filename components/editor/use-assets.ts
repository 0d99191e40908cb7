'use client';
// A site's uploaded images on the client: the list (React Query) and an upload with progress
// (XMLHttpRequest, since fetch cannot report upload progress), both through /api/sites/:id/assets.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { fetchJson, toApiError, type ApiError } from '@/lib/fetch-json';
import type { AssetSummary } from '@/lib/media/assets';

export type { AssetSummary };

export type UploadErrorKind = 'tooLarge' | 'svg' | 'notImage' | 'rateLimited' | 'notFound' | 'unauthenticated' | 'network' | 'failed';
export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; percent: number }
  | { phase: 'processing' }
  | { phase: 'failed'; error: UploadErrorKind }
  | { phase: 'done'; asset: AssetSummary };

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const assetsKey = (siteId: string) => ['site-assets', siteId] as const;

export function useSiteAssets(siteId: string, enabled = true) {
  return useQuery({
    queryKey: assetsKey(siteId),
    enabled,
    queryFn: async (): Promise<AssetSummary[]> => (await fetchJson<{ assets: AssetSummary[] }>(`/api/sites/${siteId}/assets`)).assets,
  });
}

// A bare 413 from a proxy is TOO_LARGE too: toApiError names a body without the app's shape by its status.
function errorKind(error: ApiError): UploadErrorKind {
  switch (error.code) {
    case 'TOO_LARGE':
      return 'tooLarge';
    case 'INVALID_INPUT':
      return /SVG/.test(error.message) ? 'svg' : 'notImage';
    case 'RATE_LIMITED':
      return 'rateLimited';
    case 'NOT_FOUND':
      return 'notFound';
    case 'UNAUTHENTICATED':
      return 'unauthenticated';
    default:
      return 'failed';
  }
}

// Refuses what the server would refuse anyway, before sending 10 MB for nothing. The server
// still checks the content of everything it receives.
function precheck(file: File): UploadErrorKind | null {
  if (file.size > MAX_UPLOAD_BYTES) return 'tooLarge';
  if (file.type === 'image/svg+xml' || /\.svgz?$/i.test(file.name)) return 'svg';
  return null;
}

export function useUploadAsset(siteId: string) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });

  const upload = useCallback(
    (file: File, alt = ''): Promise<AssetSummary | null> => {
      const refused = precheck(file);
      if (refused) {
        setState({ phase: 'failed', error: refused });
        return Promise.resolve(null);
      }
      setState({ phase: 'uploading', percent: 0 });
      return new Promise((resolve) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', `/api/sites/${siteId}/assets`);
        xhr.responseType = 'json';
        xhr.upload.onprogress = (event) => {
          if (!event.lengthComputable) return;
          const percent = Math.min(100, Math.round((event.loaded / event.total) * 100));
          setState(percent >= 100 ? { phase: 'processing' } : { phase: 'uploading', percent });
        };
        xhr.upload.onload = () => setState({ phase: 'processing' });
        xhr.onload = () => {
          if (xhr.status === 201) {
            const asset = (xhr.response as { asset: AssetSummary }).asset;
            queryClient.setQueryData<AssetSummary[]>(assetsKey(siteId), (old) => (old ? [asset, ...old] : old));
            void queryClient.invalidateQueries({ queryKey: assetsKey(siteId) });
            setState({ phase: 'done', asset });
            resolve(asset);
          } else {
            setState({ phase: 'failed', error: errorKind(toApiError(xhr.status, xhr.response)) });
            resolve(null);
          }
        };
        xhr.onerror = () => {
          setState({ phase: 'failed', error: 'network' });
          resolve(null);
        };
        const form = new FormData();
        form.set('file', file);
        if (alt) form.set('alt', alt);
        xhr.send(form);
      });
    },
    [queryClient, siteId],
  );

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, upload, reset };
}

// Remembers alt text on the asset too, so choosing it again from the picker fills it in.
export async function rememberAssetAlt(siteId: string, assetId: string, alt: string): Promise<void> {
  // Best effort: the alt text is in the document already.
  await fetchJson(`/api/sites/${siteId}/assets/${assetId}`, { method: 'PATCH', json: { alt } }).catch(() => {});
}

'use client';
// The site's published versions, for the history panel and the publish dialog's list of changes.
import { useQuery } from '@tanstack/react-query';
import { fetchJson } from '@/lib/fetch-json';
import type { SiteDocument } from '@/lib/sites/document';

export type VersionRow = { id: string; number: number; createdAt: string; isLive: boolean };

export function useVersions(siteId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['versions', siteId],
    enabled,
    queryFn: async () => (await fetchJson<{ versions: VersionRow[] }>(`/api/sites/${siteId}/versions`, { cache: 'no-store' })).versions,
  });
}

export async function fetchVersionDocument(siteId: string, versionId: string): Promise<SiteDocument> {
  return (await fetchJson<{ version: { document: SiteDocument } }>(`/api/sites/${siteId}/versions/${versionId}`)).version.document;
}

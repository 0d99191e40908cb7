'use client';
// The site's published versions, for the history panel and the publish dialog's list of changes.
import { useQuery } from '@tanstack/react-query';
import type { SiteDocument } from '@/lib/sites/document';

export type VersionRow = { id: string; number: number; createdAt: string; isLive: boolean };

export function useVersions(siteId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['versions', siteId],
    enabled,
    queryFn: async () => {
      const res = await fetch(`/api/sites/${siteId}/versions`, { cache: 'no-store' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return ((await res.json()) as { versions: VersionRow[] }).versions;
    },
  });
}

export async function fetchVersionDocument(siteId: string, versionId: string): Promise<SiteDocument> {
  const res = await fetch(`/api/sites/${siteId}/versions/${versionId}`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return ((await res.json()) as { version: { document: SiteDocument } }).version.document;
}

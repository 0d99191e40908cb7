'use client';
// "Download my data" in the browser: the newest export, polled while the job prepares it, and
// starting one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExportView } from '@/lib/account-export/exports';
import { fetchJson } from '@/lib/fetch-json';

const key = ['account-export'];
const POLL_MS = 1000;

export const isPreparing = (view: ExportView | null | undefined) => view?.status === 'queued' || view?.status === 'running';

export function useAccountExport(initial: ExportView | null) {
  return useQuery({
    queryKey: key,
    initialData: initial,
    queryFn: async () => (await fetchJson<{ export: ExportView | null }>('/api/account/export', { cache: 'no-store' })).export,
    refetchInterval: (query) => (isPreparing(query.state.data) ? POLL_MS : false),
    // The server's answer is the page's own until the owner starts one.
    staleTime: Infinity,
  });
}

export function useStartExport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => (await fetchJson<{ export: ExportView }>('/api/account/export', { method: 'POST' })).export,
    onSuccess: (started) => client.setQueryData(key, started),
  });
}

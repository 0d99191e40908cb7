'use client';
// Whether the address the owner is typing is free, read from GET /api/sites/address once they pause
// (debounced), cached per address; a shape the rules refuse is answered here without asking.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fetchJson } from '@/lib/fetch-json';
import type { AddressCheck } from '@/lib/domains/site-address';
import { slugProblem } from '@/lib/sites/slug';

const PAUSE_MS = 300;

export type AddressState = { status: 'empty' } | { status: 'checking' } | { status: 'error' } | AddressCheck;

export function useAddressCheck(slug: string, opts: { siteId?: string } = {}): AddressState {
  const [settled, setSettled] = useState(slug);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(slug), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [slug]);
  const problem = slug ? slugProblem(slug) : null;
  const query = useQuery({
    queryKey: ['site-address', settled, opts.siteId ?? null],
    enabled: Boolean(settled) && !slugProblem(settled),
    staleTime: 10_000,
    retry: false,
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ slug: settled, ...(opts.siteId && { siteId: opts.siteId }) });
      return fetchJson<AddressCheck>(`/api/sites/address?${params}`, { signal });
    },
  });
  if (!slug) return { status: 'empty' };
  if (problem) return { status: 'invalid', slug, reason: problem };
  if (settled !== slug || query.isFetching) return { status: 'checking' };
  if (query.isError) return { status: 'error' };
  return query.data ?? { status: 'checking' };
}

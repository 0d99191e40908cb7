// One DNS question's outcome, told apart the way the checks need it: values, an empty answer
// (the name exists, the type does not), a name that does not exist, or no usable answer at all.
import type { Resolver } from 'node:dns/promises';

export type Answer<T> = { kind: 'ok'; values: T[] } | { kind: 'nodata' } | { kind: 'nxdomain' } | { kind: 'failed'; reason: string };

export async function ask<T>(query: () => Promise<T[]>): Promise<Answer<T>> {
  try {
    const values = await query();
    return values.length ? { kind: 'ok', values } : { kind: 'nodata' };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENODATA') return { kind: 'nodata' };
    if (code === 'ENOTFOUND') return { kind: 'nxdomain' };
    // ESERVFAIL, ETIMEOUT, ECONNREFUSED, EREFUSED, EBADRESP, EFORMERR…: we learnt nothing.
    return { kind: 'failed', reason: code || (error instanceof Error ? error.message : String(error)) };
  }
}

export const bare = (name: string) => name.toLowerCase().replace(/\.$/, '');

export type RecordType = 'TXT' | 'A' | 'AAAA' | 'CNAME' | 'NS';

// The values of one record type at `name`, as comparable strings: a TXT record's strings joined
// (records longer than 255 bytes come in chunks), addresses and names in lowercase without the dot.
export function lookup(resolver: Resolver, name: string, type: RecordType): Promise<Answer<string>> {
  switch (type) {
    case 'TXT':
      return ask(async () => (await resolver.resolveTxt(name)).map((chunks) => chunks.join('').trim()));
    case 'A':
      return ask(() => resolver.resolve4(name));
    case 'AAAA':
      return ask(async () => (await resolver.resolve6(name)).map((v) => v.toLowerCase()));
    case 'CNAME':
      return ask(async () => (await resolver.resolveCname(name)).map(bare));
    case 'NS':
      return ask(async () => (await resolver.resolveNs(name)).map(bare));
  }
}

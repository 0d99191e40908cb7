// Which stored compression a client accepts (brotli first, then gzip), from its Accept-Encoding.
// Shared by everything server.ts answers from precompressed bytes: published sites
// (lib/publish/serve.ts) and the app's prerendered marketing pages (lib/marketing/pages.ts).
type Encoding = 'br' | 'gzip' | null;

// Browsers send one of a handful of headers: each one is read once (bounded), not on every request.
const seen = new Map<string, Encoding>();

export function pickEncoding(header: string | string[] | undefined): Encoding {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const known = seen.get(value);
  if (known !== undefined) return known;
  const picked = readEncoding(value);
  if (seen.size >= 256) seen.clear();
  seen.set(value, picked);
  return picked;
}

function readEncoding(value: string): Encoding {
  const q = new Map<string, number>();
  for (const part of value.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name.trim(), weight ? Number(weight.slice(2)) || 0 : 1);
  }
  const accepts = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

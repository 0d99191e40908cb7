// The serving cache: which version each site host serves (short-lived, dropped on NOTIFY), and
// built files by version and path (immutable, so only bounded by size).
import { createHash } from 'node:crypto';
import { SW_REGISTRATION_SNIPPET } from '@/lib/render/pwa';

export type CachedFile = {
  contentType: string;
  etag: string;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  csp: string;
};

// Least recently used first out, by the Map's order (a re-inserted entry moves to its end). A page
// read thousands of times a second would pay a delete and a set on every read, so an entry is
// moved at most once per `refreshEvery` reads of the cache: what was read within the last
// `refreshEvery` reads may still be evicted before what was not, which only matters when the cache
// is full.
export class FileCache {
  private readonly entries = new Map<string, { file: CachedFile; touched: number }>();
  private bytes = 0;
  private reads = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly refreshEvery = 1024,
  ) {}

  get(key: string): CachedFile | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (++this.reads - hit.touched > this.refreshEvery) {
      hit.touched = this.reads;
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit.file;
  }

  set(key: string, file: CachedFile) {
    const size = weight(file);
    if (size > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= weight(old.file);
      this.entries.delete(key);
    }
    this.entries.set(key, { file, touched: this.reads });
    this.bytes += size;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= weight(v.file);
    }
  }

  get size() {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}

const weight = (file: CachedFile) => file.body.length + file.gzip.length + file.brotli.length;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const swRegistration = `<script>${SW_REGISTRATION_SNIPPET}</script>`;
// An installable site's pages: its one script, the worker's registration, allowed by its hash (any
// other inline script still cannot run), the worker from the site itself, and its manifest.
const installableCsp = `script-src ${sha256(SW_REGISTRATION_SNIPPET)}; worker-src 'self'; manifest-src 'self'`;

// A strict CSP per page: nothing may run; the one inline <style> is allowed by its hash. The
// owner's previews (served on the app's origin, shown in the app's own frames) get the same policy
// with `frame-ancestors 'self'`, so a preview never runs a script under the app's looser CSP.
export function cspFor(contentType: string, body: Buffer, opts: { framedBy?: "'none'" | "'self'" } = {}): string {
  // connect-src 'self' lets crawlers' in-page checks (Lighthouse fetches robots.txt) reach the
  // site; with no script allowed to run, it opens nothing to an attacker.
  const base = `default-src 'none'; img-src 'self' https: data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors ${opts.framedBy ?? "'none'"}`;
  if (!contentType.startsWith('text/html')) return `${base}; style-src 'unsafe-inline'`;
  const html = body.toString('utf8');
  const hashes: string[] = [];
  for (const m of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) hashes.push(sha256(m[1]));
  const policy = `${base}; style-src ${hashes.join(' ') || "'none'"}`;
  return html.includes(swRegistration) ? `${policy}; ${installableCsp}` : policy;
}

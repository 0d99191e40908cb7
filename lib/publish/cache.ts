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

export class FileCache {
  private readonly entries = new Map<string, CachedFile>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedFile | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh recency: Map keeps insertion order, so re-inserting moves it to the end.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, file: CachedFile) {
    const size = file.body.length + file.gzip.length + file.brotli.length;
    if (size > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.length + old.gzip.length + old.brotli.length;
    this.entries.set(key, file);
    this.bytes += size;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.body.length + v.gzip.length + v.brotli.length;
    }
  }

  get size() {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}

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

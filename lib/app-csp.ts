// The app's own pages' Content-Security-Policy, with no 'unsafe-inline' script. Pages rendered per
// request get a fresh nonce: server.ts puts the policy on the request too, where Next reads the nonce
// and sets it on every script it writes. Pages built ahead (the marketing pages) cannot carry a
// per-request nonce, so their policy lists the SHA-256 of each inline script in the built HTML,
// read once at start. Published sites have their own, stricter policy (lib/publish/cache.ts).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const fixed = [
  "default-src 'self'",
  // Tailwind's and Puck's inline styles stay allowed: a style cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "form-action 'self' https://checkout.stripe.com https://billing.stripe.com https://github.com https://accounts.google.com",
  "base-uri 'self'",
  "object-src 'none'",
];

export type ScriptSources = { nonce?: string; hashes?: readonly string[]; isDev?: boolean };

export function appCsp({ nonce, hashes = [], isDev = false }: ScriptSources): string {
  const sources = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...hashes.map((h) => `'${h}'`), ...(isDev ? ["'unsafe-eval'"] : [])];
  return [`script-src ${sources.join(' ')}`, ...fixed].join('; ');
}

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

// Inline scripts only: one with a src is allowed by 'self' (or refused), never by its hash.
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) {
    if (body) hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}

// The headers every app response carries besides its policy: next.config.ts gives them to what Next
// answers, and lib/marketing/pages.ts to the marketing pages server.ts answers itself.
export const appSecurityHeaders: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

type PrerenderManifest = { routes: Record<string, { initialRevalidateSeconds?: number | false }> };

// The built pages Next serves as files, by route (`/en/guest/pricing` → its HTML file), from the
// build's prerender manifest. Pages that are revalidated are rebuilt at run time with other
// scripts, so they are left out (none are today).
export function staticPageFiles(distDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const manifestPath = join(distDir, 'prerender-manifest.json');
  if (!existsSync(manifestPath)) return pages;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PrerenderManifest;
  for (const [route, info] of Object.entries(manifest.routes)) {
    if (info.initialRevalidateSeconds !== false) continue;
    const file = join(distDir, 'server', 'app', `${route === '/' ? 'index' : route}.html`);
    if (existsSync(file)) pages.set(route, file);
  }
  return pages;
}

// The built pages' inline scripts' hashes, by route.
export function builtPageHashes(distDir: string): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const [route, file] of staticPageFiles(distDir)) pages.set(route, inlineScriptHashes(readFileSync(file, 'utf8')));
  return pages;
}

// What an installable site's pages carry: the manifest link and the one script a published site
// may run, the inline snippet that registers its service worker. Fixed text, so the CSP allows it by
// its hash (lib/publish/cache.ts) and nothing else; a site that is not installable carries neither.
export const SW_REGISTRATION_SNIPPET = "if('serviceWorker'in navigator)navigator.serviceWorker.register('/sw.js')";

export const MANIFEST_PATH = '/manifest.webmanifest';
export const SERVICE_WORKER_PATH = '/sw.js';
export const OFFLINE_PATH = '/_pm/offline';

export function pwaHeadTags(): string {
  return `<link rel="manifest" href="${MANIFEST_PATH}"><script>${SW_REGISTRATION_SNIPPET}</script>`;
}

// Where a site lives: https://<slug>.<SITES_DOMAIN>, or http://<slug>.localhost:<port> locally.
import { env } from '@/lib/env';

const appUrl = new URL(env.NEXTAUTH_URL);

export function siteOrigin(slug: string): string {
  const protocol = env.SITES_DOMAIN === 'localhost' ? appUrl.protocol : 'https:';
  const port = env.SITES_DOMAIN === 'localhost' && appUrl.port ? `:${appUrl.port}` : '';
  return `${protocol}//${slug}.${env.SITES_DOMAIN}${port}`;
}

// An owner's verified domain, as its pages name it: https, or the app's own scheme and port
// locally (where tests reach custom domains on the app's port).
export function customDomainOrigin(hostname: string): string {
  const protocol = env.SITES_DOMAIN === 'localhost' ? appUrl.protocol : 'https:';
  const port = env.SITES_DOMAIN === 'localhost' && appUrl.port ? `:${appUrl.port}` : '';
  return `${protocol}//${hostname}${port}`;
}

// What goes around a slug in siteOrigin, for screens that show the address as the owner types it.
export function siteOriginParts(): { scheme: string; suffix: string } {
  const sample = siteOrigin('x');
  const at = sample.indexOf('//') + 2;
  return { scheme: sample.slice(0, at), suffix: sample.slice(at + 1) };
}

// Where a site lives: https://<slug>.<SITES_DOMAIN>, or http://<slug>.localhost:<port> locally.
import { env } from '@/lib/env';

const appUrl = new URL(env.NEXTAUTH_URL);

export function siteOrigin(slug: string): string {
  const protocol = env.SITES_DOMAIN === 'localhost' ? appUrl.protocol : 'https:';
  const port = env.SITES_DOMAIN === 'localhost' && appUrl.port ? `:${appUrl.port}` : '';
  return `${protocol}//${slug}.${env.SITES_DOMAIN}${port}`;
}

// The slug a request's Host names, or null when it is not a site host (the app's own host).
export function slugFromHost(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null;
  const host = hostHeader.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  const suffix = `.${env.SITES_DOMAIN.toLowerCase()}`;
  if (!host.endsWith(suffix)) return null;
  const label = host.slice(0, -suffix.length);
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(label) ? label : null;
}

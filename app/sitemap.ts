// sitemap.xml of the app's own host: its public pages (each answers in the visitor's language at
// one address, see lib/i18n/marketing-paths.ts).
import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { marketingPaths } from '@/lib/i18n/marketing-paths';

export const dynamic = 'force-dynamic';

export default function sitemap(): MetadataRoute.Sitemap {
  return [...marketingPaths].map((path) => ({
    url: new URL(path, env.NEXTAUTH_URL).toString(),
    changeFrequency: 'monthly',
    priority: path === '/' ? 1 : path === '/pricing' ? 0.8 : 0.3,
  }));
}

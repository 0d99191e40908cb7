// robots.txt of the app's own host (published sites answer their own, from lib/render): the public
// pages are open to crawlers, the signed-in app and the API are not.
import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/dashboard', '/editor', '/api/', '/sign-in', '/sign-up'] },
    sitemap: new URL('/sitemap.xml', env.NEXTAUTH_URL).toString(),
  };
}

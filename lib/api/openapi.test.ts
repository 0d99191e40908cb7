// The OpenAPI drift test: the document (lib/api/openapi.ts) against the route files themselves.
// It walks app/api/v1, imports every route.ts for its exported HTTP methods, and reads each
// handler's source for the schemas it parses with (`readJson(req, X)` for the body, `X.parse(` for
// the query), resolving X through the file's imports to the very object its module exports. It
// fails when a route method has no operation, an operation has no route, or an operation's body or
// query schema is not the object the route parses with; and it checks the document's structure
// (OpenAPI 3.1, responses everywhere, path parameters declared, every $ref resolving).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { apiOperations, buildOpenApiDocument } from './openapi';

const root = join(import.meta.dirname, '..', '..');
const v1 = join(root, 'app', 'api', 'v1');
const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? routeFiles(join(dir, entry.name)) : entry.name === 'route.ts' ? [join(dir, entry.name)] : [],
  );
}

// app/api/v1/domains/[id]/records/[recordId]/route.ts → /domains/{id}/records/{recordId}
const openApiPath = (file: string) =>
  '/' +
  relative(v1, file)
    .split(sep)
    .slice(0, -1)
    .map((segment) => segment.replace(/^\[(\w+)\]$/, '{$1}'))
    .join('/');

// The names a route file imports: local name → [module, exported name].
function importsOf(source: string): Map<string, [string, string]> {
  const names = new Map<string, [string, string]>();
  for (const [, list, from] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    for (const item of list!.split(',').map((s) => s.trim().replace(/^type\s+/, ''))) {
      if (!item) continue;
      const [exported, local = exported] = item.split(/\s+as\s+/);
      names.set(local!, [from!, exported!]);
    }
  }
  return names;
}

// The source of one exported handler: from `export const METHOD` to the next export.
function handlerSource(source: string, method: string): string {
  const start = source.indexOf(`export const ${method} `);
  const next = source.indexOf('\nexport ', start + 1);
  return source.slice(start, next === -1 ? undefined : next);
}

type RouteOperation = { key: string; file: string; body: unknown[]; query: unknown[]; problems: string[] };

async function resolveSchema(name: string, imports: Map<string, [string, string]>, file: string, problems: string[]): Promise<unknown> {
  const imported = imports.get(name);
  if (!imported) {
    problems.push(
      `${relative(root, file)} parses with \`${name}\`, which is not an imported schema: export it from lib/ and register it in lib/api/openapi.ts`,
    );
    return undefined;
  }
  const mod = (await import(/* @vite-ignore */ imported[0])) as Record<string, unknown>;
  return mod[imported[1]];
}

async function routeOperations(): Promise<RouteOperation[]> {
  const operations: RouteOperation[] = [];
  for (const file of routeFiles(v1)) {
    const source = readFileSync(file, 'utf8');
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    const imports = importsOf(source);
    for (const method of httpMethods.filter((m) => typeof mod[m] === 'function')) {
      const handler = handlerSource(source, method);
      const problems: string[] = [];
      const body: unknown[] = [];
      const query: unknown[] = [];
      for (const [, arg] of handler.matchAll(/readJson\(\s*\w+\s*,\s*([^)]*?)\s*\)/g)) {
        body.push(
          /^\w+$/.test(arg!)
            ? await resolveSchema(arg!, imports, file, problems)
            : problems.push(`${relative(root, file)} ${method} reads its body with \`${arg}\`, not a named schema`),
        );
      }
      for (const [, name] of handler.matchAll(/\b(\w+)\.parse\(/g)) {
        if (name !== 'JSON') query.push(await resolveSchema(name!, imports, file, problems));
      }
      operations.push({ key: `${method.toLowerCase()} ${openApiPath(file)}`, file, body, query, problems });
    }
  }
  return operations;
}

const routes = await routeOperations();
const document = buildOpenApiDocument();
const opKey = (op: { method: string; path: string }) => `${op.method} ${op.path}`;

describe('the OpenAPI document against the /api/v1 routes', () => {
  it('finds the routes (the walk itself works)', () => {
    expect(routes.length).toBeGreaterThanOrEqual(25);
    expect(routes.map((r) => r.key)).toEqual(expect.arrayContaining(['post /sites', 'patch /domains/{id}/records/{recordId}', 'get /openapi.json']));
  });

  it('documents every route method, and no operation without a route', () => {
    const routed = routes.map((r) => r.key).sort();
    const documented = Object.entries(document.paths ?? {})
      .flatMap(([path, item]) =>
        Object.keys(item)
          .filter((k) => ['get', 'post', 'put', 'patch', 'delete'].includes(k))
          .map((m) => `${m} ${path}`),
      )
      .sort();
    expect(
      routed.filter((k) => !documented.includes(k)),
      'routes without a documented operation',
    ).toEqual([]);
    expect(
      documented.filter((k) => !routed.includes(k)),
      'documented operations without a route',
    ).toEqual([]);
    expect(new Set(apiOperations.map(opKey)).size, 'an operation registered twice').toBe(apiOperations.length);
  });

  it('registers, for each operation, the very body and query schema objects the route parses with', () => {
    const problems = routes.flatMap((r) => r.problems);
    for (const route of routes) {
      const op = apiOperations.find((o) => opKey(o) === route.key);
      if (!op) continue;
      if (route.body.length > 1 || route.query.length > 1) problems.push(`${route.key}: the route parses with more than one body or query schema`);
      if (route.body[0] !== op.body) problems.push(`${route.key}: the document's request body is not the schema the route reads with readJson`);
      if (route.query[0] !== op.query) problems.push(`${route.key}: the document's query is not the schema the route parses its query with`);
    }
    expect(problems).toEqual([]);
  });

  it("puts those schemas in the document: a request body exactly where a route reads one, the route schema's query parameters", () => {
    for (const route of routes) {
      const [method, path] = route.key.split(' ') as [string, string];
      const operation = (document.paths?.[path] as Record<string, { requestBody?: unknown; parameters?: { in: string; name: string }[] }>)[method]!;
      expect(Boolean(operation.requestBody), `${route.key} request body`).toBe(route.body.length > 0);
      const queryNames = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const routeQuery = route.query[0] as z.ZodObject | undefined;
      expect(queryNames.sort(), `${route.key} query parameters`).toEqual(Object.keys(routeQuery?.shape ?? {}).sort());
    }
  });

  it('is a structurally valid OpenAPI 3.1 document', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.title).toBeTruthy();
    expect(document.info.version).toBeTruthy();
    const schemes = Object.keys(document.components?.securitySchemes ?? {});
    expect(schemes).toEqual(['apiKey']);
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      expect(path).toMatch(/^\/[\w./{}-]*$/);
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [method, op] of Object.entries(item as Record<string, Record<string, unknown>>)) {
        const responses = op.responses as Record<string, { description?: string }>;
        expect(Object.keys(responses).length, `${method} ${path} responses`).toBeGreaterThan(0);
        for (const [status, response] of Object.entries(responses)) {
          expect(status).toMatch(/^[1-5]\d\d$/);
          expect(response.description, `${method} ${path} ${status} description`).toBeTruthy();
        }
        const params = (op.parameters ?? []) as { in: string; name: string; required?: boolean }[];
        const pathParams = params.filter((p) => p.in === 'path');
        expect(pathParams.map((p) => p.name).sort(), `${method} ${path} path parameters`).toEqual(templated);
        expect(pathParams.every((p) => p.required === true)).toBe(true);
        for (const requirement of (op.security ?? []) as Record<string, string[]>[]) {
          for (const [scheme, scopes] of Object.entries(requirement)) {
            expect(schemes).toContain(scheme);
            expect(scopes.every((s) => ['read', 'write', 'publish', 'billing'].includes(s))).toBe(true);
          }
        }
      }
    }
    // Every $ref points at something in the document.
    const refs: string[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if (key === '$ref' && typeof child === 'string') refs.push(child);
          else walk(child);
        }
      }
    };
    walk(document);
    expect(refs).toContain('#/components/schemas/Error');
    for (const ref of refs) {
      expect(ref, 'a local reference').toMatch(/^#\//);
      const target = ref
        .slice(2)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), document);
      expect(target, `${ref} resolves`).toBeDefined();
    }
  });

  it('is served at GET /api/v1/openapi.json, public and cacheable', async () => {
    const { GET } = await import('@/app/api/v1/openapi.json/route');
    const res = await GET(new Request('http://localhost/api/v1/openapi.json'), undefined);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });
});

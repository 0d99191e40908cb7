// Hostile input against every route handler and every server action of the built app, signed in and
// not: NUL bytes, half an emoji, a megabyte of text, wrong types, deep nesting, malformed bodies, odd
// methods, a foreign Origin. The route list comes from app/**/route.ts and the actions from the
// build's server-reference manifest, so a new route or action is fuzzed without editing this file.
// Never a 500, and the owner's rows are as they were (nothing a refused request wrote).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import pg from 'pg';
import { expect, signUp, test } from './support/fixtures';

const root = join(import.meta.dirname, '..');

function routeFiles(dir = join(root, 'app')): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return entry === 'route.ts' ? [path] : [];
  });
}

// app/api/sites/[id]/draft/route.ts -> /api/sites/<id>/draft, with each [param] filled by `fill`.
function urlOf(file: string, fill: (param: string) => string): string {
  const segments = relative(join(root, 'app'), file).split('/').slice(0, -1);
  return `/${segments
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((s) => (s.startsWith('[...') ? 'signin' : s.startsWith('[') ? fill(s.slice(1, -1)) : s))
    .join('/')}`;
}

function methodsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source));
}

const megabyte = 'x'.repeat(1024 * 1024);
let deep: unknown = 'bottom';
for (let i = 0; i < 2000; i++) deep = { a: deep };
// Raw bodies (the text on the wire) and what they stand for.
const bodies: Array<[string, string]> = [
  ['NUL byte', JSON.stringify({ name: 'a\u0000b', prompt: 'pizzaria\u0000', hostname: 'a\u0000.com', document: { x: '\u0000' }, locale: '\u0000' })],
  ['lone surrogate', '{"name":"\\ud800","prompt":"bakery \\udc00","title":"\\ud83d"}'],
  ['a megabyte of text', JSON.stringify({ name: megabyte, prompt: megabyte, hostname: megabyte })],
  ['wrong types', JSON.stringify({ name: 12, prompt: ['a'], revision: 'x', document: 'nope', hostname: { a: 1 }, enabled: 'yes', locale: null })],
  ['a colour that is not hex', JSON.stringify({ revision: 1, document: { theme: { palette: { background: 'red', text: 'x', primary: '\u0000' } } } })],
  ['an array', '[1,2,3]'],
  ['null', 'null'],
  ['deep nesting', JSON.stringify(deep)],
  ['malformed JSON', '{"name": "a", '],
  ['not JSON', '\u0000\u0001binary\uFFFF'],
];

async function site(request: APIRequestContext) {
  const res = await request.post('/api/generate', { data: { prompt: 'Padaria chamada Pão Quente em Curitiba', seed: 1 } });
  expect(res.status()).toBe(200);
  const done = (await res.text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
    .find((e) => e.type === 'done');
  return done.siteId as string;
}

// What the owner has: changes here would be a refused request that wrote something.
async function snapshot(db: pg.Client, email: string) {
  const { rows } = await db.query(
    `SELECT u.name, u.locale, u."passwordHash",
       (SELECT json_agg(json_build_object('id', s.id, 'name', s.name, 'slug', s.slug, 'updatedAt', s."updatedAt") ORDER BY s.id) FROM "Site" s WHERE s."ownerId" = u.id) AS sites,
       (SELECT count(*) FROM "Domain" d WHERE d."ownerId" = u.id) AS domains,
       (SELECT count(*) FROM "Lead" l JOIN "Site" s ON s.id = l."siteId" WHERE s."ownerId" = u.id) AS leads
     FROM "User" u WHERE u.email = $1`,
    [email],
  );
  return rows[0];
}

test('route handlers: hostile bodies and odd methods, signed in and not, never get a 500 and write nothing', async ({ page, playwright, baseURL }) => {
  test.setTimeout(300_000);
  const email = await signUp(page);
  const siteId = await site(page.request);
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  const anonymous = await playwright.request.newContext({ baseURL });
  try {
    const before = await snapshot(db, email);
    const failures: string[] = [];
    for (const file of routeFiles()) {
      if (file.includes('webhooks')) continue; // signed by Stripe: its own tests send bad signatures and bodies
      for (const fill of [(p: string) => (p === 'id' ? siteId : 'x'), () => '00000000-0000-0000-0000-000000000000', () => '%00']) {
        const url = urlOf(file, fill);
        for (const method of [...methodsOf(file), 'OPTIONS', 'TRACE']) {
          // A DELETE naming the owner's own site is no hostile request but a real deletion (DELETE
          // /api/v1/sites/:id; its own tests cover it): it is sent with the ids that name nothing.
          if (method === 'DELETE' && url.includes(siteId)) continue;
          for (const [who, request] of [
            ['signed in', page.request],
            ['anonymous', anonymous],
          ] as const) {
            const payloads = ['GET', 'OPTIONS', 'TRACE'].includes(method) ? [['no body', undefined] as const] : bodies;
            for (const [what, body] of payloads) {
              const res = await request.fetch(url, {
                method,
                headers: { 'content-type': 'application/json', origin: baseURL! },
                data: body,
                maxRedirects: 0,
                failOnStatusCode: false,
              });
              if (res.status() >= 500) failures.push(`${method} ${url} (${who}, ${what}): ${res.status()} ${(await res.text()).slice(0, 120)}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // The owner's account, sites, domains and leads are as they were (the generate route refuses
    // every hostile body, so no site was added).
    expect(await snapshot(db, email)).toEqual(before);
  } finally {
    await anonymous.dispose();
    await db.end();
  }
});

test('server actions: hostile arguments, a foreign Origin and malformed bodies never get a 500 and write nothing', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const email = await signUp(page);
  const siteId = await site(page.request);
  const manifest = JSON.parse(readFileSync(join(root, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const before = await snapshot(db, email);
    const failures: string[] = [];
    const args: Array<[string, string]> = [
      ...bodies.map(([what, body]): [string, string] => [what, `[${body}]`]),
      ['NUL strings', JSON.stringify(['a\u0000', 'b\u0000', { code: '\u0000' }])],
      ['the wrong shape', JSON.stringify([{ code: 123 }, null, [[]]])],
      ['a megabyte', JSON.stringify([megabyte])],
      ['two megabytes of body', JSON.stringify([megabyte, megabyte])],
      ['not JSON', '\u0000garbage'],
    ];
    for (const [id, action] of Object.entries(manifest.node)) {
      // Any page the action belongs to, with the owner's site in its [id].
      const worker = Object.keys(action.workers)[0];
      const path = `/${worker
        .replace(/^app\//, '')
        .replace(/\/page$/, '')
        .split('/')
        .filter((s) => !/^\(.*\)$/.test(s))
        .map((s) => (s.startsWith('[') ? siteId : s))
        .join('/')}`;
      for (const [what, body] of args) {
        for (const origin of [baseURL!, 'https://evil.example']) {
          const res = await page.request.post(path, {
            headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin },
            data: body,
            maxRedirects: 0,
            failOnStatusCode: false,
          });
          if (res.status() >= 500) failures.push(`${action.exportedName} at ${path} (${what}, origin ${origin}): ${res.status()}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshot(db, email)).toEqual(before);
  } finally {
    await db.end();
  }
});

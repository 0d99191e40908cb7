// Two app instances on one PostgreSQL behind Caddy (issue 16, docs/deploy.md "Production: several instances"):
// the instance scripts/test.ts runs (A) and a second server.ts from the same production build on
// the same database (B), with Caddy balancing between them. A session made on A works on B; one
// batch job with both instances' workers polling runs once; a publish on A is served by B within a
// second (B had the old version cached); the API key limit and the sign-in limit count requests
// to A and B together; stopping B while requests stream through Caddy loses none of them.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import pg from 'pg';
import { rawRequest } from '../test/http';
import { startCaddyBalancer } from '../test/stand-ins/caddy';
import { expect, randomIp, signUp, test, uniqueEmail } from './support/fixtures';

const root = join(import.meta.dirname, '..');
const portA = Number(new URL(process.env.E2E_BASE_URL ?? 'http://localhost:3100').port);
// Beside the ports scripts/test.ts and e2e/faults.spec.ts use (+1, +50, +60…63, +70).
const portB = portA + 2;
const portCaddy = portA + 3;
const urlA = `http://localhost:${portA}`;
const urlB = `http://localhost:${portB}`;
const urlCaddy = `http://127.0.0.1:${portCaddy}`;
const caddyDir = join(tmpdir(), `pm-two-instances-${process.pid}`);

let instanceB: ChildProcess | undefined;
let logB = '';
let caddy: { close: () => Promise<void> } | undefined;

// The second instance: the same build, database, secret and public URL as A; its own port, no
// HTTPS listener (A has it), and info-level logs, where its request lines and workers' start show.
function startInstanceB(): ChildProcess {
  // Node itself with tsx's loader (no tsx wrapper process): the signals the test sends reach the server.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(portB), HTTPS_PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept beside A's log (.data/e2e-server.log) for a failed run.
  const file = createWriteStream(join(root, '.data/e2e-server-b.log'));
  for (const output of [child.stdout, child.stderr]) {
    output?.on('data', (chunk: Buffer) => (logB += chunk.toString('utf8')));
    output?.pipe(file);
  }
  return child;
}

async function status(url: string): Promise<number> {
  return fetch(url).then(
    (res) => res.status,
    () => 0,
  );
}

const logLinesB = () =>
  logB
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg?: string; requestId?: string });

function newToken(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return `pm_live_${[...randomBytes(43)].map((byte) => alphabet[byte % 62]).join('')}`;
}

// A key as Settings makes one (lib/api/keys.ts): only its SHA-256 and prefix stored.
async function insertKey(db: pg.Client, ownerId: string, name: string): Promise<Record<string, string>> {
  const token = newToken();
  await db.query(`INSERT INTO "ApiKey" (id, "ownerId", name, scopes, prefix, "tokenHash") VALUES ($1, $2, $3, $4, $5, $6)`, [
    randomUUID(),
    ownerId,
    name,
    ['read', 'write', 'publish'],
    token.slice(0, 16),
    createHash('sha256').update(token).digest('hex'),
  ]);
  return { authorization: `Bearer ${token}` };
}

// A publish over the API; a generated draft's suggested facts are confirmed when it lists them.
async function publish(request: APIRequestContext, base: string, auth: Record<string, string>, siteId: string): Promise<void> {
  const url = `${base}/api/v1/sites/${siteId}/publish`;
  let res = await request.post(url, { headers: auth });
  if (res.status() === 409) {
    const { error } = (await res.json()) as { error: { code: string; details: { pendingFacts: Array<{ sectionId: string }> } } };
    expect(error.code).toBe('UNCONFIRMED_FACTS');
    res = await request.post(url, { headers: auth, data: { confirm: error.details.pendingFacts.map((p) => p.sectionId) } });
  }
  expect(res.status(), await res.text()).toBe(200);
}

// Limits count in fixed windows aligned to the clock (lib/rate-limit.ts): a run of requests that
// crossed a window's end would be weighed across two. Wait for the next window when it is near
// (the 60 API requests took up to 15 s on a machine at load 15).
async function awayFromWindowEdge(windowMs: number, needMs: number) {
  const left = windowMs - (Date.now() % windowMs);
  if (left < needMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

test.afterAll(async () => {
  if (instanceB && instanceB.exitCode === null && instanceB.signalCode === null) {
    instanceB.kill('SIGKILL');
    await once(instanceB, 'exit');
  }
  await caddy?.close();
  rmSync(caddyDir, { recursive: true, force: true });
});

test('two instances behind Caddy share sessions, jobs, publishes and limits, and one stops without losing a request', async ({ page, request }) => {
  test.setTimeout(90_000);
  const started = Date.now();
  const marks: string[] = [];
  const mark = (what: string) => marks.push(`${what} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const second = startInstanceB();
  instanceB = second;
  const readyB = expect
    .poll(
      async () => {
        if (second.exitCode !== null) throw new Error(`the second instance exited (${second.exitCode}):\n${logB.slice(-2000)}`);
        return (await status(`http://127.0.0.1:${portB}/api/health`)) === 200 && logLinesB().some((line) => line.msg === 'job workers started');
      },
      {
        timeout: 60_000,
        intervals: [250],
      },
    )
    .toBe(true)
    .then(() => mark('B ready'));
  const email = await signUp(page, { name: 'Twin Owner' });
  mark('signed up on A');
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [email]);
    const ownerId = rows[0]!.id;
    const work = await insertKey(db, ownerId, 'Deploy script');
    const limited = await insertKey(db, ownerId, 'Limited');
    await readyB;
    // The session cookie A made (for localhost, any port) is read by B: B's dashboard answers as the
    // owner (the settings page with their address), not with the sign-in page.
    const sessionOnB = (async () => {
      const settings = await page.request.get(`${urlB}/dashboard/settings`, { maxRedirects: 0 });
      expect(settings.status()).toBe(200);
      expect(await settings.text()).toContain(email);
      mark('session on B');
    })();
    // Awaited after the limits; this only keeps a failure before then from going unhandled.
    sessionOnB.catch(() => undefined);
    caddy = await startCaddyBalancer({ dir: caddyDir, port: portCaddy, upstreams: [`127.0.0.1:${portA}`, `127.0.0.1:${portB}`] });

    // One batch job, queued with both instances' workers polling; it runs while the next checks do.
    const made = await request.post(`${urlA}/api/v1/generations/batch`, {
      headers: work,
      data: { prompts: [{ prompt: 'Barbearia chamada Navalha de Ouro em Recife' }] },
    });
    expect(made.status(), await made.text()).toBe(202);
    const batchId = ((await made.json()) as { batch: { id: string } }).batch.id;

    // While the job runs, the limits.
    // The key's limit (60 a minute on the free plan) counts requests to A and B together: sent
    // two at a time, one to each, the 60 answers count the remaining requests down from 59 to 0
    // between them, and both refuse the 61st.
    const apiLimit = async () => {
      await awayFromWindowEdge(60_000, 15_000);
      const remaining: number[] = [];
      for (let round = 0; round < 30; round++) {
        const answers = await Promise.all([urlA, urlB].map((base) => request.get(`${base}/api/v1/sites`, { headers: limited })));
        for (const res of answers) {
          expect(res.status()).toBe(200);
          remaining.push(Number(res.headers()['ratelimit-remaining']));
        }
      }
      expect(remaining.sort((a, b) => b - a)).toEqual(remaining.map((_, i) => 59 - i));
      for (const base of [urlA, urlB]) {
        const refused = await request.get(`${base}/api/v1/sites`, { headers: limited });
        expect(refused.status()).toBe(429);
        expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
        expect(((await refused.json()) as { error: { code: string; details: { limit: string } } }).error).toMatchObject({
          code: 'RATE_LIMITED',
          details: { limit: 'apiKey' },
        });
      }
      mark('API limit');
    };
    // Ten wrong passwords from one IP, to A and B in turn: the eleventh is refused on either.
    const signInLimit = async () => {
      await awayFromWindowEdge(15 * 60_000, 15_000);
      const guesser = await playwrightRequest.newContext({ extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });
      try {
        const stranger = uniqueEmail('twin-guess');
        const csrfToken = ((await (await guesser.get(`${urlA}/api/auth/csrf`)).json()) as { csrfToken: string }).csrfToken;
        const attempt = (base: string, i: number) =>
          guesser.post(`${base}/api/auth/callback/credentials`, {
            form: { email: stranger, password: `guess ${i}`, csrfToken, json: 'true' },
            maxRedirects: 0,
          });
        for (let i = 0; i < 10; i++) expect((await attempt(i % 2 ? urlB : urlA, i)).status(), `attempt ${i + 1}`).toBe(401);
        for (const base of [urlA, urlB]) {
          const blocked = await attempt(base, 11);
          expect(blocked.status()).toBe(429);
          expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
        }
      } finally {
        await guesser.dispose();
      }
      mark('sign-in limit');
    };
    // One after the other: side by side they asked a loaded machine's PostgreSQL for more
    // connections at once than it opened in 10 s.
    await apiLimit();
    await signInLimit();
    await sessionOnB;

    // The job ran once: one generation, one site, one credit, and pg-boss's one delivery completed.
    type Item = { status: string; siteId: string | null };
    let item: Item | undefined;
    await expect
      .poll(
        async () => {
          item = (await db.query<Item>('SELECT status, "siteId" FROM "GenerationBatchItem" WHERE "batchId" = $1', [batchId])).rows[0];
          return item?.status;
        },
        { timeout: 30_000, intervals: [200] },
      )
      .toBe('done');
    mark('job done');
    const siteId = item!.siteId!;
    const ran = await db.query<{ generations: string; sites: string }>(
      `SELECT (SELECT count(*) FROM "Generation" WHERE "userId" = $1) AS generations, (SELECT count(*) FROM "Site" WHERE "ownerId" = $1) AS sites`,
      [ownerId],
    );
    expect(ran.rows[0]).toEqual({ generations: '1', sites: '1' });
    const jobs = await db.query<{ state: string; retry_count: number }>(
      `SELECT j.state, j.retry_count FROM pgboss.job j JOIN "GenerationBatchItem" i ON j.data->>'itemId' = i.id WHERE i."batchId" = $1`,
      [batchId],
    );
    expect(jobs.rows).toEqual([{ state: 'completed', retry_count: 0 }]);
    const batch = (await (await request.get(`${urlB}/api/v1/generations/batch/${batchId}`, { headers: work })).json()) as { batch: { status: string } };
    expect(batch.batch.status).toBe('done');
    expect(((await (await request.get(`${urlA}/api/v1/usage`, { headers: work })).json()) as { used: number }).used).toBe(1);

    // Published on A, read on B (which then holds that version); published again on A: B serves
    // the new version within a second (its cache would keep the old one for 30 s unnotified).
    await publish(request, urlA, work, siteId);
    const site = (
      (await (await request.get(`${urlA}/api/v1/sites/${siteId}`, { headers: work })).json()) as {
        site: { url: string; revision: number; document: unknown };
      }
    ).site;
    const siteHost = (port: number) => `${new URL(site.url).hostname}:${port}`;
    const pageOn = async (base: string, port: number) =>
      (await rawRequest(base, { host: siteHost(port), rawPath: '/', headers: { 'accept-encoding': 'identity' } })).text();
    expect(await pageOn(`http://127.0.0.1:${portB}`, portB)).toContain('Navalha de Ouro');
    const document = JSON.parse(JSON.stringify(site.document).replaceAll('Navalha de Ouro', 'Navalha de Prata')) as unknown;
    const saved = await request.put(`${urlA}/api/v1/sites/${siteId}`, { headers: work, data: { revision: site.revision, document } });
    expect(saved.status(), await saved.text()).toBe(200);
    await publish(request, urlA, work, siteId);
    const publishedAt = Date.now();
    await expect.poll(() => pageOn(`http://127.0.0.1:${portB}`, portB), { timeout: 1000, intervals: [20] }).toContain('Navalha de Prata');
    const propagationMs = Date.now() - publishedAt;
    expect(await pageOn(`http://127.0.0.1:${portB}`, portB)).not.toContain('Navalha de Ouro');
    mark('publish served by B');

    // Requests stream through Caddy (the site's page and the app's health, four at a time) while B
    // is stopped: every one is answered, by B until it stops, by A after.
    const failures: string[] = [];
    let sent = 0;
    let streaming = true;
    const stream = async (lane: number) => {
      for (let n = 0; streaming; n++) {
        const id = `twin-stop-${lane}-${n}`;
        sent++;
        try {
          const res = await rawRequest(urlCaddy, {
            host: n % 2 ? `localhost:${portCaddy}` : siteHost(portCaddy),
            rawPath: n % 2 ? '/api/health' : '/',
            headers: { 'accept-encoding': 'identity', 'x-request-id': id },
          });
          if (res.status !== 200 || (n % 2 === 0 && !res.text().includes('Navalha de Prata'))) failures.push(`${id}: ${res.status}`);
        } catch (error) {
          failures.push(`${id}: ${String(error)}`);
        }
      }
    };
    const lanes = [0, 1, 2, 3].map(stream);
    await new Promise((resolve) => setTimeout(resolve, 700));
    const answeredByB = () => logLinesB().filter((line) => line.msg === 'request' && line.requestId?.startsWith('twin-stop-')).length;
    const beforeStop = answeredByB();
    const stopping = Date.now();
    second.kill('SIGTERM');
    await Promise.race([once(second, 'exit'), new Promise((resolve) => setTimeout(resolve, 15_000))]);
    const stopMs = Date.now() - stopping;
    await new Promise((resolve) => setTimeout(resolve, 700));
    streaming = false;
    await Promise.all(lanes);
    // It stopped as soon as the requests it had were answered, not when its drain gave up (10 s).
    expect(second.exitCode, 'B exited cleanly after SIGTERM').toBe(0);
    expect(stopMs).toBeLessThan(5000);
    expect(failures).toEqual([]);
    // B had its share before it stopped: Caddy balanced between the two.
    expect(beforeStop).toBeGreaterThan(0);
    mark('B stopped');
    console.log(
      `two instances: publish on A served by B after ${propagationMs} ms; B stopped in ${stopMs} ms while ${sent} requests went through Caddy ` +
        `(${answeredByB()} of the app's health checks answered by B), none lost`,
    );
  } finally {
    await db.end();
    console.log(`two instances: ${marks.join(', ')}`);
  }
});

// Every query the dashboard, editor and serving paths make from lib/ uses an index once its tables
// are large: the tables below are filled with 10,000 rows spread over 1,000 other owners, the
// statements an owner's pages make are captured as they go to PostgreSQL, and each is run again
// under EXPLAIN with the same values. A sequential scan on a filled table fails the test, naming
// the statement and the function that made it.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDayRange } from '@/lib/analytics/range';
import { getSiteAnalytics } from '@/lib/analytics/queries';
import { listAuditEntries } from '@/lib/auth/audit-log';
import { listSessions, findLiveSession } from '@/lib/auth/sessions';
import { getBillingOverview, getUsage, listInvoices } from '@/lib/billing/queries';
import { getEntitlements } from '@/lib/billing/entitlements';
import { isSiteReadOnly, siteAllowance } from '@/lib/billing/limits';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { routeHost } from '@/lib/domains/hosts';
import { domainAllowance, listDomains } from '@/lib/domains/queries';
import { getSiteSubdomains } from '@/lib/domains/site-subdomains';
import { generationTotals, listGenerations } from '@/lib/generate/records';
import { listAssets } from '@/lib/media/assets';
import { getBuild, listBuilds } from '@/lib/builds/records';
import { getSite, getVersion, listLeads, listSiteLooks, listSites, listVersions } from '@/lib/sites/queries';

const ROWS = 10_000;
const OWNERS = 1_000;
// The tables filled; a sequential scan on a table not listed (tiny by nature) is not a finding.
const FILLED = [
  'User',
  'Site',
  'SiteVersion',
  'Generation',
  'Lead',
  'UserSession',
  'AuditLog',
  'PageViewDay',
  'SiteAsset',
  'Invoice',
  'UsageRecord',
  'CreditReservation',
  'Domain',
  'Subscription',
  'BillingEvent',
  'Subdomain',
  'PublishedFile',
  'Build',
];

type Captured = { text: string; values: unknown[]; during: string };
const captured: Captured[] = [];
let during = '';

// Statements are captured where every client sends them: pg's Client.query (Prisma's driver
// adapter goes through it), so no query of lib/ escapes, whoever made the client.
const originalQuery = pg.Client.prototype.query;
function capture(this: pg.Client, ...args: unknown[]) {
  const [config, values] = args as [unknown, unknown];
  const text = typeof config === 'string' ? config : ((config as { text?: string } | undefined)?.text ?? '');
  const params = Array.isArray(values) ? values : ((config as { values?: unknown[] } | undefined)?.values ?? []);
  if (during && /^\s*(SELECT|UPDATE|DELETE|WITH)\b/i.test(text)) captured.push({ text, values: params, during });
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
}

const prefix = `qp${Date.now().toString(36)}`;
let ownerId = '';
let siteIds: string[] = [];
let versionId = '';
let sessionId = '';
let buildId = '';

async function fill(sql: pg.Client) {
  const u = `'${prefix}-u' || g`;
  // Other owners, each with ten sites and their versions, generations, leads and the rest.
  await sql.query(
    `INSERT INTO "User" (id, email, name, "updatedAt") SELECT ${u}, ${u} || '@example.test', 'Owner', now() FROM generate_series(1, ${OWNERS}) g`,
  );
  const owner = `'${prefix}-u' || (1 + g % ${OWNERS})`;
  const site = `'${prefix}-s' || g`;
  await sql.query(
    `INSERT INTO "Site" (id, "ownerId", name, slug, draft, "updatedAt") SELECT ${site}, ${owner}, 'Site ' || g, '${prefix}-site-' || g, '{}'::jsonb, now() FROM generate_series(1, ${ROWS}) g`,
  );
  await sql.query(
    `INSERT INTO "SiteVersion" (id, "siteId", number, document) SELECT '${prefix}-v' || g, ${site}, 1, '{}'::jsonb FROM generate_series(1, ${ROWS}) g`,
  );
  await sql.query(
    `INSERT INTO "Generation" (id, "userId", "siteId", prompt, seed, generator, model, status, "cacheKey", "createdAt") SELECT '${prefix}-g' || g, ${owner}, ${site}, 'A bakery', g, 'offline', 'offline', 'succeeded', md5(g::text), now() - (g || ' minutes')::interval FROM generate_series(1, ${ROWS}) g`,
  );
  await sql.query(
    `INSERT INTO "Lead" (id, "siteId", name, email, message) SELECT '${prefix}-l' || g, ${site}, 'Ana', 'ana@example.test', 'Hello' FROM generate_series(1, ${ROWS}) g`,
  );
  await sql.query(`INSERT INTO "UserSession" (id, "userId") SELECT '${prefix}-ss' || g, ${owner} FROM generate_series(1, ${ROWS}) g`);
  await sql.query(`INSERT INTO "AuditLog" (id, "userId", action) SELECT '${prefix}-a' || g, ${owner}, 'sign-in' FROM generate_series(1, ${ROWS}) g`);
  await sql.query(
    `INSERT INTO "PageViewDay" ("siteId", hostname, day, path, "referrerHost", country, device, count) SELECT ${site}, 'h', current_date - (g % 60), '/', '', 'BR', 'desktop', 1 FROM generate_series(1, ${ROWS}) g`,
  );
  await sql.query(
    `INSERT INTO "SiteAsset" (id, "ownerId", "siteId", width, height, format, bytes, widths, "updatedAt") SELECT '${prefix}-as' || g, ${owner}, ${site}, 800, 600, 'jpeg', 1000, '[]'::jsonb, now() FROM generate_series(1, ${ROWS}) g`,
  );
  await sql.query(
    `INSERT INTO "Invoice" (id, "userId", "stripeInvoiceId", status, currency, "amountDue", "amountPaid", total, "issuedAt", "updatedAt") SELECT '${prefix}-i' || g, ${owner}, '${prefix}-in_' || g, 'paid', 'usd', 0, 0, 0, now(), now() FROM generate_series(1, ${ROWS}) g`,
  );
  await sql.query(
    `INSERT INTO "UsageRecord" (id, "userId", "generationId") SELECT '${prefix}-ur' || g, ${owner}, '${prefix}-g' || g FROM generate_series(1, ${ROWS}) g`,
  );
  await sql.query(
    `INSERT INTO "CreditReservation" (id, "userId", "generationId", status) SELECT '${prefix}-cr' || g, ${owner}, '${prefix}-g' || g, 'committed' FROM generate_series(1, ${ROWS}) g`,
  );
  await sql.query(
    `INSERT INTO "Domain" (id, "ownerId", "siteId", hostname, status, "verificationToken", "verifiedAt", "updatedAt") SELECT '${prefix}-d' || g, ${owner}, ${site}, '${prefix}-' || g || '.example.test', CASE WHEN g % 2 = 0 THEN 'active' ELSE 'verifying' END, md5(g::text), CASE WHEN g % 2 = 0 THEN now() END, now() FROM generate_series(1, ${ROWS}) g`,
  );
  await sql.query(
    `INSERT INTO "Subscription" (id, "userId", "stripeSubscriptionId", "stripeCustomerId", status, plan, "priceId", interval, currency, "updatedAt") SELECT '${prefix}-sub' || g, ${owner}, '${prefix}-sub_' || g, '${prefix}-cus_' || g, CASE WHEN g % 3 = 0 THEN 'canceled' ELSE 'active' END, 'pro', 'price_pro', 'month', 'usd', now() FROM generate_series(1, ${ROWS}) g`,
  );
  await sql.query(
    `INSERT INTO "BillingEvent" (id, "stripeEventId", type, "userId", outcome) SELECT '${prefix}-be' || g, '${prefix}-evt_' || g, 'invoice.paid', ${owner}, 'processed' FROM generate_series(1, ${ROWS}) g`,
  );
  await sql.query(
    `INSERT INTO "Subdomain" (id, "siteId", label, "redirectUntil") SELECT '${prefix}-sd' || g, ${site}, '${prefix}-old-' || g, now() + interval '30 days' FROM generate_series(1, ${ROWS}) g`,
  );
  await sql.query(
    `INSERT INTO "PublishedFile" (id, "versionId", path, "contentType", etag, body, gzip, brotli) SELECT '${prefix}-pf' || g, '${prefix}-v' || g, '/', 'text/html', md5(g::text), '\\x00', '\\x00', '\\x00' FROM generate_series(1, ${ROWS}) g`,
  );
  await sql.query(
    `INSERT INTO "Build" (id, "siteId", "ownerId", kind, status, "createdAt") SELECT '${prefix}-b' || g, ${site}, ${owner}, 'publish', 'succeeded', now() - (g || ' minutes')::interval FROM generate_series(1, ${ROWS}) g`,
  );
  // The owner whose pages are measured: a realistic account (10 sites, 50 versions, 200 generations).
  ownerId = `${prefix}-u1`;
  siteIds = (await sql.query<{ id: string }>(`SELECT id FROM "Site" WHERE "ownerId" = $1 ORDER BY id`, [ownerId])).rows.map((r) => r.id);
  await sql.query(
    `INSERT INTO "SiteVersion" (id, "siteId", number, document) SELECT '${prefix}-ov' || g, $1, 1 + g, '{}'::jsonb FROM generate_series(1, 49) g`,
    [siteIds[0]],
  );
  versionId = (await sql.query<{ id: string }>(`SELECT id FROM "SiteVersion" WHERE "siteId" = $1 LIMIT 1`, [siteIds[0]])).rows[0].id;
  await sql.query(
    `INSERT INTO "Generation" (id, "userId", "siteId", prompt, seed, generator, model, status, "cacheKey") SELECT '${prefix}-og' || g, $1, $2, 'A bakery', g, 'offline', 'offline', 'succeeded', md5('o' || g) FROM generate_series(1, 190) g`,
    [ownerId, siteIds[0]],
  );
  buildId = (await sql.query<{ id: string }>(`SELECT id FROM "Build" WHERE "siteId" = $1 LIMIT 1`, [siteIds[0]])).rows[0].id;
  sessionId = (await sql.query<{ id: string }>(`SELECT id FROM "UserSession" WHERE "userId" = $1 LIMIT 1`, [ownerId])).rows[0].id;
  for (const table of FILLED) await sql.query(`ANALYZE "${table}"`);
}

function seqScans(plan: unknown, out: string[] = []): string[] {
  if (Array.isArray(plan)) for (const p of plan) seqScans(p, out);
  else if (plan && typeof plan === 'object') {
    const node = plan as Record<string, unknown>;
    if (node['Node Type'] === 'Seq Scan' && FILLED.includes(String(node['Relation Name']))) out.push(String(node['Relation Name']));
    for (const value of Object.values(node)) if (value && typeof value === 'object') seqScans(value, out);
  }
  return out;
}

async function explainAll(sql: pg.Client, statements: Captured[]): Promise<string[]> {
  const query = originalQuery as unknown as (this: pg.Client, text: string, values: unknown[]) => Promise<pg.QueryResult<{ 'QUERY PLAN': unknown }>>;
  const findings: string[] = [];
  for (const statement of statements) {
    const { rows } = await query.call(sql, `EXPLAIN (FORMAT JSON) ${statement.text}`, statement.values);
    const scans = seqScans(rows[0]['QUERY PLAN']);
    if (scans.length) findings.push(`${statement.during}: sequential scan on ${scans.join(', ')}\n  ${statement.text}`);
  }
  return findings;
}

describe('query plans on filled tables', () => {
  const sql = new pg.Client({ connectionString: env.DATABASE_URL });

  beforeAll(async () => {
    await sql.connect();
    await fill(sql);
    pg.Client.prototype.query = capture as typeof pg.Client.prototype.query;
  }, 120_000);

  afterAll(async () => {
    pg.Client.prototype.query = originalQuery;
    await sql.query(`DELETE FROM "User" WHERE id LIKE $1`, [`${prefix}-%`]);
    // Billing events outlive their owner (SET NULL); these are the test's own.
    await sql.query(`DELETE FROM "BillingEvent" WHERE id LIKE $1`, [`${prefix}-%`]);
    await sql.end();
  });

  it("makes no sequential scan on a filled table for an owner's dashboard, editor, billing and analytics reads", async () => {
    const owner = { id: ownerId };
    const steps: Array<[string, () => Promise<unknown>]> = [
      ['listSites', () => listSites(owner)],
      ['listSiteLooks', () => listSiteLooks(owner)],
      ['getSite', () => getSite(owner, siteIds[0])],
      ['listVersions', () => listVersions(owner, siteIds[0])],
      ['getVersion', () => getVersion(owner, siteIds[0], versionId)],
      ['listLeads', () => listLeads(owner, siteIds[0])],
      ['listAssets', () => listAssets(owner, siteIds[0])],
      ['listGenerations', () => listGenerations(owner)],
      ['generationTotals', () => generationTotals(owner)],
      ['getBillingOverview', () => getBillingOverview(ownerId)],
      ['listInvoices', () => listInvoices(ownerId)],
      ['getUsage', () => getUsage(ownerId)],
      ['getEntitlements', () => getEntitlements(ownerId)],
      ['siteAllowance', () => siteAllowance(ownerId)],
      ['listSessions', () => listSessions(ownerId)],
      ['findLiveSession', () => findLiveSession(sessionId, ownerId)],
      ['getSiteAnalytics', () => getSiteAnalytics(owner, siteIds[0], parseDayRange({ range: '30d' }, new Date()))],
      ['isSiteReadOnly', () => isSiteReadOnly(ownerId, siteIds[0])],
      ['getSiteSubdomains', () => getSiteSubdomains(owner, siteIds[0])],
      ['listAuditEntries', () => listAuditEntries(owner)],
      // What requireUser() reads after the device session (lib/auth/require-user.ts).
      ['the signed-in user', () => db.user.findUnique({ where: { id: ownerId }, select: { id: true, deletingAt: true } })],
      ['site by host (serving)', () => db.site.findUnique({ where: { slug: `${prefix}-site-5` }, select: { id: true, publishedVersionId: true } })],
      ['published file (serving)', () => db.publishedFile.findUnique({ where: { versionId_path: { versionId: `${prefix}-v5`, path: '/' } } })],
      ['listBuilds', () => listBuilds(owner, siteIds[0])],
      ['getBuild', () => getBuild(owner, siteIds[0], buildId)],
      ['listDomains', () => listDomains(owner)],
      ['domainAllowance', () => domainAllowance(owner)],
      ['routeHost: a site address', () => routeHost(`${prefix}-site-7.${env.SITES_DOMAIN}`)],
      ['routeHost: a custom domain', () => routeHost(`${prefix}-8.example.test`)],
      ['routeHost: its www form', () => routeHost(`www.${prefix}-10.example.test`)],
      ['routeHost: an unknown name', () => routeHost(`nobody-${prefix}.example.test`)],
    ];
    for (const [name, run] of steps) {
      during = name;
      await run();
    }
    during = '';
    expect(captured.length).toBeGreaterThan(steps.length);

    const findings = await explainAll(sql, captured);
    console.log(`query plans: ${captured.length} statements from ${steps.length} reads explained on tables of ${ROWS} rows`);
    expect(findings, findings.join('\n\n')).toEqual([]);

    // The check can fail: a read by a column with no index (a lead's email) is found.
    captured.length = 0;
    during = 'control';
    await db.lead.findMany({ where: { email: 'nobody@example.test' } });
    during = '';
    expect(await explainAll(sql, captured)).toEqual([expect.stringMatching(/^control: sequential scan on Lead/)]);
  }, 120_000);

  // Deleting a site or an account deletes or updates its rows in other tables through foreign keys
  // (ON DELETE CASCADE / SET NULL). PostgreSQL finds those rows by the referencing column, and
  // EXPLAIN does not show that search: without an index led by that column it reads the whole table.
  it('has an index led by every foreign key column, so deleting a site or an account reads no whole table', async () => {
    const { rows } = await sql.query<{ child: string; column: string; parent: string }>(`
      SELECT con.conrelid::regclass::text AS child, a.attname AS column, con.confrelid::regclass::text AS parent
      FROM pg_constraint con
      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
      WHERE con.contype = 'f' AND con.connamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = con.conrelid AND i.indkey[0] = con.conkey[1])
      ORDER BY 1, 2`);
    expect(
      rows.map((r) => `${r.child}(${r.column}) references ${r.parent} with no index led by ${r.column}`),
      'add the index in a migration and @@index in schema.prisma',
    ).toEqual([]);
  });
});

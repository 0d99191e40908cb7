// Connecting a custom domain, end to end: an owner on Pro adds a domain on the Domains page, sees
// the records to create, the test creates them on the DNS stand-in (pebble-challtestsrv, the
// resolver the app asks), and the background re-check turns it active while the page is watched,
// no button pressed (npm test sets the re-checks' waits to seconds: DOMAINS_RECHECK_FIRST_MS).
// "Check now" names a wrong record in plain words; another account can neither see nor delete it;
// Free is refused by the plan.
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import pg from 'pg';
import { dnsRecords } from '../test/stand-ins/dns';
import { expect, screenshot, signUp, test } from './support/fixtures';
import { generateSite, domainCard as card, upgradeToPro } from './support/domains';
import { collectSeen, findings as languageFindings } from './support/i18n';

test.skip(!process.env.TEST_DNS_MANAGEMENT_URL, 'needs npm test e2e (the DNS stand-in)');

test('an owner connects a domain: records shown, created in DNS, active by itself; wrong records named; others see nothing', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const dns = dnsRecords();
  const id = randomUUID().slice(0, 8);
  const hostname = `padaria-${id}.test`;
  const wrongHost = `bolos-${id}.test`;

  await signUp(page);
  await generateSite(page.request, 'Padaria artesanal em Curitiba, tons de terracota');
  await upgradeToPro(page);

  await page.goto('/dashboard/domains');
  await expect(page.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible();
  await expect(page.getByTestId('domains-plan')).toHaveText('0 of 3 custom domains used on your Pro plan.');
  await expect(page.getByRole('heading', { name: 'No custom domains yet' })).toBeVisible();

  // A bad name is refused inline, nothing added.
  const field = page.getByLabel('Domain', { exact: true });
  await field.fill('com.br');
  await page.getByRole('button', { name: 'Add domain' }).click();
  await expect(page.getByText('That ending is shared by everyone. Type your own domain, such as mybakery.com.br.')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();

  // Pasted as an owner would: scheme, capitals, www, a path. Enter submits.
  await field.fill(`https://WWW.Padaria-${id}.test/contato`);
  await field.press('Enter');
  await expect(page.getByText(`${hostname} added. Create the records below at your DNS provider.`)).toBeVisible();
  const domain = card(page, hostname);
  await expect(domain.getByText(`and www.${hostname}`)).toBeVisible();
  await expect(page.getByTestId('domains-plan')).toHaveText('1 of 3 custom domains used on your Pro plan.');
  const records = domain.getByTestId('domain-record');
  await expect(records).toHaveCount(3);
  await expect(records.nth(0)).toContainText('TXT');
  await expect(records.nth(0)).toContainText('_pagemagic');
  await expect(records.nth(1)).toContainText('A');
  await expect(records.nth(1).getByTestId('domain-record-value')).toHaveText('127.0.0.1');
  await expect(records.nth(2)).toContainText('CNAME');
  await expect(records.nth(2).getByTestId('domain-record-value')).toHaveText('sites.pagemagic.local');
  const token = (await records.nth(0).getByTestId('domain-record-value').textContent())!.trim();
  expect(token).toMatch(/^pm-verify-[0-9a-f]{32}$/);

  // The first check runs in the background at once and names the missing TXT, without a reload.
  await expect(domain.getByTestId('domain-findings')).toContainText(`The TXT record _pagemagic.${hostname} is missing.`, { timeout: 20_000 });
  await expect(domain.getByTestId('domain-status')).toHaveText('Checking DNS');

  // Copy buttons put the exact value on the clipboard.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await domain.getByRole('button', { name: `Copy value ${token}` }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await screenshot(page, 'domains-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(domain.getByTestId('domain-record').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'domains-390');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The owner creates the records and waits: the next background check finds them and the page,
  // refreshing itself while a domain is being checked, shows it connected.
  await dns.setTxt(`_pagemagic.${hostname}`, token);
  await dns.setA(hostname, ['127.0.0.1']);
  await expect(domain.getByTestId('domain-status')).toHaveText('Connected', { timeout: 30_000 });
  await expect(domain.getByRole('link', { name: 'HTTPS certificate' })).toHaveAttribute('href', /\/dashboard\/domains\/.+\/certificate$/);
  await expect(domain.getByTestId('domain-findings')).toHaveCount(0);

  // Settings: HSTS on, a shorter cache time.
  await domain.getByRole('button', { name: 'Settings', exact: true }).click();
  await domain.getByLabel('HSTS: tell browsers to always use https').check();
  await domain.getByLabel('Cache time of pages (seconds)').fill('60');
  await domain.getByRole('button', { name: 'Save settings' }).click();
  await expect(domain.getByText('Settings saved.')).toBeVisible();

  // A second domain with wrong records: each problem in plain words.
  await field.fill(wrongHost);
  await page.getByRole('button', { name: 'Add domain' }).click();
  const wrong = card(page, wrongHost);
  await expect(wrong).toBeVisible();
  await dns.setTxt(`_pagemagic.${wrongHost}`, 'left-over-from-another-service');
  await dns.setA(wrongHost, ['198.51.100.7']);
  await wrong.getByRole('button', { name: 'Check now' }).click();
  await expect(wrong.getByText(`Checked ${wrongHost}: not connected yet.`)).toBeVisible();
  const findings = wrong.getByTestId('domain-findings');
  await expect(findings).toContainText(`The TXT record _pagemagic.${wrongHost} has another value (left-over-from-another-service).`);
  await expect(findings).toContainText(`${wrongHost} points to 198.51.100.7, not only to us. Remove the other A records and keep 127.0.0.1.`);
  await expect(wrong.getByTestId('domain-status')).toHaveText('Checking DNS');
  await screenshot(page, 'domains-checked-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'domains-checked-390');
  await page.setViewportSize({ width: 1280, height: 800 });

  // In Portuguese: records, findings, statuses and settings, with no English and no raw keys.
  expect((await page.request.post('/api/locale', { data: { locale: 'pt-BR' } })).status()).toBe(200);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(card(page, wrongHost).getByTestId('domain-findings')).toContainText(
    `${wrongHost} aponta para 198.51.100.7, não só para nós. Remova os outros registros A e mantenha 127.0.0.1.`,
  );
  await card(page, hostname).getByRole('button', { name: 'Configurações', exact: true }).click();
  expect(languageFindings('/dashboard/domains', await collectSeen(page), 'pt-BR')).toEqual([]);
  expect((await page.request.post('/api/locale', { data: { locale: 'en' } })).status()).toBe(200);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The API: bad input is a 4xx that changes nothing.
  // What a refused request must not change (check times move on by themselves).
  type Listed = { id: string; hostname: string; status: string; site: { id: string }; settings: unknown };
  const list = async () =>
    ((await (await page.request.get('/api/v1/domains')).json()) as { domains: Listed[] }).domains.map(({ id, hostname, status, site, settings }) => ({
      id,
      hostname,
      status,
      siteId: site.id,
      settings,
    }));
  const before = await list();
  expect(before.map((d) => d.hostname)).toEqual([hostname, wrongHost]);
  const malformed = await page.request.post('/api/v1/domains', { data: Buffer.from('{nope'), headers: { 'content-type': 'application/json' } });
  expect(malformed.status()).toBe(400);
  const ip = await page.request.post('/api/v1/domains', { data: { siteId: 'x', hostname: '10.0.0.1' } });
  expect(ip.status()).toBe(422);
  expect(await ip.json()).toMatchObject({ error: { code: 'HOSTNAME_INVALID', details: { reason: 'IP_ADDRESS' } } });
  const badSettings = await page.request.patch(`/api/v1/domains/${before[0]!.id}/settings`, { data: { cacheTtl: -5 } });
  expect(badSettings.status()).toBe(422);
  expect(await list()).toEqual(before);

  // Another account, on Free: none of it is visible or removable, and the plan refuses a domain.
  const other = await browser.newPage();
  await signUp(other);
  const theirSite = await generateSite(other.request, 'Floricultura em Recife');
  for (const res of await Promise.all([
    other.request.get(`/api/v1/domains/${before[0]!.id}`),
    other.request.delete(`/api/v1/domains/${before[0]!.id}`),
    other.request.patch(`/api/v1/domains/${before[0]!.id}/settings`, { data: { hsts: false } }),
    other.request.post(`/api/v1/domains/${before[0]!.id}/check`),
  ])) {
    expect(res.status(), res.url()).toBe(404);
    expect(await res.text()).not.toContain(hostname);
  }
  expect((await (await other.request.get('/api/v1/domains')).json()).domains).toEqual([]);
  const refused = await other.request.post('/api/v1/domains', { data: { siteId: theirSite, hostname: `flores-${id}.test` } });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ error: { code: 'PLAN_LIMIT', details: { limit: 'customDomains', allowed: 0, plan: 'free' } } });
  await other.goto('/dashboard/domains');
  await expect(other.getByTestId('domains-plan')).toHaveText('Custom domains are not included in the Free plan.');
  await expect(other.getByRole('button', { name: 'Add domain' })).toBeDisabled();
  await other.close();
  expect(await list()).toEqual(before);

  // Removing asks first; the domain is then gone for good.
  await wrong.getByRole('button', { name: 'Remove', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Remove ${wrongHost}?` });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(wrong).toBeVisible();
  await wrong.getByRole('button', { name: 'Remove', exact: true }).click();
  await dialog.getByRole('button', { name: 'Remove domain' }).click();
  await expect(wrong).toHaveCount(0);
  // (The card goes when the DELETE has answered; the API is asked until it agrees, within the usual wait.)
  await expect.poll(async () => (await page.request.get(`/api/v1/domains/${before[1]!.id}`)).status()).toBe(404);
  await page.reload();
  await expect(card(page, hostname).getByTestId('domain-status')).toHaveText('Connected');
  await expect(card(page, wrongHost)).toHaveCount(0);
});

// The nameserver findings as the page words them. The journey's DNS server (pebble-challtestsrv)
// answers no NS questions, so the check itself is proven against knot in
// lib/domains/nameservers.test.ts; here the last check's findings are what such a check stores.
test('nameservers not yet changed and propagation under way are worded on the Domains page, in English and Portuguese', async ({ page }) => {
  test.skip(!process.env.E2E_DATABASE_URL, 'needs npm test e2e (the database)');
  test.setTimeout(120_000);
  const id = randomUUID().slice(0, 8);
  const apex = `mercado-${id}.test`;
  const hostname = `loja.${apex}`;
  await signUp(page);
  await generateSite(page.request, 'Mercadinho de bairro em Porto Alegre');
  await upgradeToPro(page);
  await page.goto('/dashboard/domains');
  await page.getByLabel('Domain', { exact: true }).fill(hostname);
  await page.getByRole('button', { name: 'Add domain' }).click();
  const domain = card(page, hostname);
  await expect(domain.getByTestId('domain-findings')).toContainText(`The TXT record _pagemagic.${hostname} is missing.`, { timeout: 20_000 });
  const token = (await domain.getByTestId('domain-record').first().getByTestId('domain-record-value').textContent())!.trim();

  const findings = [
    { code: 'PROPAGATING', name: `_pagemagic.${hostname}`, expected: [token], found: [] },
    { code: 'PROPAGATING_PARTLY', name: hostname, expected: [`ns1.${apex}`], found: [`ns2.${apex}`] },
    { code: 'NS_NOT_CHANGED', name: apex, expected: ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'], found: [`ns1.${apex}`, `ns2.${apex}`] },
    { code: 'NAMESERVER_FAILED', name: `ns3.${apex}`, found: ['ETIMEOUT'] },
  ];
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    // The next background check a day away, so it does not replace them while the page is read.
    const updated = await db.query(`UPDATE "Domain" SET "checkFindings" = $1, "nextCheckAt" = now() + interval '1 day' WHERE hostname = $2`, [
      JSON.stringify(findings),
      hostname,
    ]);
    expect(updated.rowCount).toBe(1);
  } finally {
    await db.end();
  }

  await page.reload();
  const shown = card(page, hostname).getByTestId('domain-findings');
  await expect(shown).toContainText(
    `The change to _pagemagic.${hostname} is made: your nameservers already answer ${token}. DNS resolvers still give the old answer (no record) until it expires`,
  );
  await expect(shown).toContainText(`The change to ${hostname} is on ns1.${apex} but not yet on ns2.${apex}`);
  await expect(shown).toContainText(
    `The nameservers of ${apex} are not changed yet: DNS still shows ns1.${apex}, ns2.${apex}, and the zone you use for it is on ada.ns.cloudflare.com, bob.ns.cloudflare.com.`,
  );
  await expect(shown).toContainText(`Your nameserver ns3.${apex} did not answer properly (ETIMEOUT).`);
  await expect(shown).not.toContainText('is missing');
  await expect(card(page, hostname).getByTestId('domain-status')).toHaveText('Checking DNS');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  expect((await page.request.post('/api/locale', { data: { locale: 'pt-BR' } })).status()).toBe(200);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  const mostrados = card(page, hostname).getByTestId('domain-findings');
  await expect(mostrados).toContainText(`Os resolvedores de DNS ainda dão a resposta antiga (nenhum registro)`);
  await expect(mostrados).toContainText(`Os servidores de nomes de ${apex} ainda não foram trocados`);
  expect(languageFindings('/dashboard/domains', await collectSeen(page), 'pt-BR')).toEqual([]);
  expect((await page.request.post('/api/locale', { data: { locale: 'en' } })).status()).toBe(200);
});

// Batches from the dashboard: a Pro owner writes three prompts (one per line), sees the count and
// the credits before starting, and watches the batch page move live from the event stream to the
// end; the prompt made to fail says why and that its credit was released; the results download as
// CSV with the sites' addresses. Screenshots at 390 and 1280 px, and axe on both pages.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import pg from 'pg';
import { expect, screenshot, signUp, test } from './support/fixtures';

test.skip(!process.env.E2E_DATABASE_URL, 'needs npm test e2e (the database)');

const tag = randomUUID().slice(0, 6);
const prompts = [
  `Padaria Trigo ${tag} em Curitiba, pães de fermentação natural`,
  `Pousada Vulcão ${tag} em Fernando de Noronha, quartos com vista para o mar`,
  `Oficina Pedal ${tag} em Porto Alegre, consertos de bicicleta`,
];

// The key lib/generate/run.ts stores a generation's result under (offline generator, seed 1): a
// stored result for the second prompt that no longer reads as a site makes that prompt fail.
function cacheKey(prompt: string) {
  const normalized = { generator: 'offline', model: 'offline-v2', prompt, templateId: null, language: null, paletteId: null, facts: null, seed: 1 };
  return createHash('sha256').update(JSON.stringify(normalized)).digest('hex');
}

test('a batch started from the dashboard runs live to the end, explains its failure, and downloads as CSV', async ({ page }) => {
  test.setTimeout(60_000);
  const email = await signUp(page);
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [email]);
    const userId = rows[0]!.id;
    await db.query(
      `INSERT INTO "Subscription" (id, "userId", "stripeSubscriptionId", "stripeCustomerId", status, plan, "priceId", interval, currency, "currentPeriodStart", "currentPeriodEnd", "updatedAt")
       VALUES ($1, $2, $3, $4, 'active', 'pro', 'price_e2e', 'month', 'usd', now() - interval '1 day', now() + interval '29 days', now())`,
      [`sub_${randomUUID()}`, userId, `sub_e2e_${randomUUID()}`, `cus_e2e_${randomUUID()}`],
    );
    await db.query(
      `INSERT INTO "Generation" (id, "userId", kind, prompt, seed, generator, model, status, "cacheKey", result)
       VALUES ($1, $2, 'site', $3, 1, 'offline', 'offline-v2', 'succeeded', $4, '{"schemaVersion": 0}')`,
      [`gen_${randomUUID()}`, userId, prompts[1], cacheKey(prompts[1])],
    );

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Batches' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Batches' })).toBeVisible();
    await expect(page.getByText('No batches yet')).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);

    // Typing shows the count, the cost and the plan's limit before anything is sent.
    const box = page.getByLabel('Prompts, one per line');
    await box.fill(`${prompts.join('\n')}\n\n`);
    const summary = page.locator('dl');
    await expect(summary).toContainText('Prompts3');
    await expect(summary).toContainText('Cost3 credits');
    await expect(summary).toContainText('Batch limit10 prompts (Pro)');

    // The jobs cannot write their progress until the page is listening, so every step is seen live.
    const gate = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await gate.connect();
    await gate.query('BEGIN');
    await gate.query('LOCK TABLE "GenerationBatchEvent" IN SHARE MODE');
    try {
      const stream = page.waitForResponse((res) => /\/api\/v1\/generations\/batch\/[^/]+\/events$/.test(res.url()));
      await page.getByRole('button', { name: 'Start batch of 3 prompts' }).click();
      await expect(page).toHaveURL(/\/dashboard\/batches\/[^/]+$/);
      expect((await stream).headers()['content-type']).toBe('text/event-stream; charset=utf-8');
      await expect(page.getByTestId('batch-summary')).toHaveText('0 of 3 finished');
      await expect(page.getByTestId('batch-item').filter({ hasText: 'Waiting' })).toHaveCount(3);
    } finally {
      await gate.query('COMMIT');
      await gate.end();
    }
    await expect(page.getByTestId('batch-summary')).toHaveText('Finished: 2 done, 1 failed', { timeout: 20_000 });
    const failed = page.getByTestId('batch-item').filter({ hasText: prompts[1] });
    await expect(failed).toHaveAttribute('data-status', 'failed');
    await expect(failed).toContainText('This site could not be made: The generator could not finish this site.');
    await expect(failed).not.toContainText('schemaVersion');
    await expect(failed).toContainText('Its credit was released: this prompt cost nothing.');
    const done = page.getByTestId('batch-item').filter({ hasText: prompts[0] });
    await expect(done.getByRole('link', { name: 'Open in editor' })).toHaveAttribute('href', /^\/editor\/\w+$/);
    const credits = await db.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM "CreditReservation" WHERE "userId" = $1 GROUP BY status ORDER BY status',
      [userId],
    );
    expect(credits.rows).toEqual([
      { status: 'committed', n: 2 },
      { status: 'released', n: 1 },
    ]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download results (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    const sites = await db.query<{ slug: string; name: string }>('SELECT slug, name FROM "Site" WHERE "ownerId" = $1', [userId]);
    expect(sites.rows).toHaveLength(2);
    expect(csv[0]).toBe('index,prompt,status,site_name,site_url,editor_url,error');
    expect(csv).toHaveLength(4);
    const port = new URL(page.url()).port;
    for (const site of sites.rows) expect(csv.some((line) => line.includes(`,http://${site.slug}.localhost:${port},`))).toBe(true);
    expect(csv[2]).toMatch(/^2,"Pousada Vulcão .*",failed,,,,/);

    const axeBatch = await new AxeBuilder({ page }).analyze();
    expect(axeBatch.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
    await screenshot(page, 'batch-1280');
    await page.setViewportSize({ width: 390, height: 900 });
    await expect(page.getByTestId('batch-summary')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'batch-390');
    await page.goto('/dashboard/batches');
    await expect(page.getByRole('link', { name: /3 prompts: Padaria Trigo/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'batches-390');

    // A batch whose two prompts are still waiting (a queue backlog: no job has picked them up),
    // each holding its credit. The owner cancels them from the page, at the phone width.
    const waitingBatch = `batch_${randomUUID()}`;
    const itemIds = [`item_${randomUUID()}`, `item_${randomUUID()}`];
    await db.query(`INSERT INTO "GenerationBatch" (id, "ownerId", "itemCount") VALUES ($1, $2, 2)`, [waitingBatch, userId]);
    for (const [index, id] of itemIds.entries()) {
      await db.query(`INSERT INTO "GenerationBatchItem" (id, "batchId", index, request) VALUES ($1, $2, $3, $4)`, [
        id,
        waitingBatch,
        index,
        JSON.stringify({ prompt: `Floricultura Ipê ${tag} ${index} em Belém, buquês e cestas` }),
      ]);
      await db.query(`INSERT INTO "CreditReservation" (id, "userId", "generationId", status) VALUES ($1, $2, $3, 'reserved')`, [
        `credit_${randomUUID()}`,
        userId,
        `batch-item:${id}`,
      ]);
    }
    await page.goto(`/dashboard/batches/${waitingBatch}`);
    await expect(page.getByTestId('batch-summary')).toHaveText('0 of 2 finished');
    await page.getByRole('button', { name: 'Cancel waiting prompts' }).click();
    await expect(page.getByRole('group')).toContainText('Stop the 2 prompts still waiting? Their credits are released.');
    await page.getByRole('button', { name: 'Yes, cancel them' }).click();
    await expect(page.getByTestId('batch-summary')).toHaveText('Cancelled: 0 done, 2 cancelled');
    await expect(page.getByTestId('batch-item').and(page.locator('[data-status="cancelled"]'))).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Cancel waiting prompts' })).toHaveCount(0);
    const held = await db.query<{ status: string }>('SELECT status FROM "CreditReservation" WHERE "generationId" = ANY($1)', [
      itemIds.map((id) => `batch-item:${id}`),
    ]);
    expect(held.rows.map((row) => row.status)).toEqual(['released', 'released']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The bars grow over 300 ms: the picture is taken once they are full.
    await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
    await screenshot(page, 'batch-cancelled-390');
  } finally {
    await db.end();
  }
});

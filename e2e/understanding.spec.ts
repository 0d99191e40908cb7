// Any business, understood: the New site screen shows what the sentence was read to say (name,
// kind, place, language, colours), the owner corrects it in one click, and the live site keeps
// the owner's name and words, in the right kind of copy, with prices formatted for the country.
// Bad prompts get a clear message and cost nothing.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, screenshot, signUp, test } from './support/fixtures';
import { confirmSuggestedFacts } from './support/publish';

async function publishAndOpen(page: Page, publishLabel: string, viewLabel: RegExp): Promise<string> {
  await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 90_000 });
  await page.goto(`/dashboard/sites/${page.url().split('/').pop()}`);
  await page.getByRole('button', { name: publishLabel, exact: true }).click();
  const viewSite = page.getByRole('link', { name: viewLabel }).first();
  await confirmSuggestedFacts(page, viewSite);
  await expect(viewSite).toBeVisible({ timeout: 30_000 });
  return (await viewSite.getAttribute('href'))!;
}

// Every page of a published site, as text.
async function siteText(page: Page, home: string): Promise<string> {
  await page.goto(home);
  const paths = await page.locator('nav a[href^="/"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
  let text = await page.locator('body').innerText();
  for (const path of paths) {
    await page.goto(new URL(path, home).href);
    text += `\n${await page.locator('body').innerText()}`;
  }
  return text;
}

test('Portuguese: the mechanic from the issue, name corrected, gets a mechanic’s site in reais', async ({ page, context }) => {
  test.setTimeout(240_000);
  await signUp(page);
  await page.goto('/dashboard');
  await page.getByLabel('Language').selectOption('pt-BR');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await page.goto('/dashboard/sites/new');
  await page.getByLabel('Descreva seu negócio').fill('Oficina mecânica do Seu Zé em Belo Horizonte, conserto de freios e troca de óleo, atendimento rápido');

  const facts = page.getByRole('region', { name: 'O que entendemos' });
  await expect(facts).toBeVisible({ timeout: 15_000 });
  await expect(facts.getByLabel('Nome do negócio', { exact: true })).toHaveValue('Oficina Mecânica do Seu Zé');
  await expect(facts.getByRole('button', { name: 'Tipo de negócio', exact: true })).toHaveText(/Oficina mecânica/);
  await expect(facts.getByLabel('Local', { exact: true })).toHaveValue('Belo Horizonte');
  await expect(facts.getByLabel('Idioma do site', { exact: true })).toHaveValue('pt-BR');
  await expect(facts).toContainText('Conserto de freios');
  await screenshot(page, 'understood-pt');
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // One click to correct the name; typing more in the prompt does not undo the correction.
  await facts.getByLabel('Nome do negócio', { exact: true }).fill('Auto Center Seu Zé');
  await page.getByLabel('Descreva seu negócio').press('End');
  await page.getByLabel('Descreva seu negócio').pressSequentially(' e suspensão', { delay: 20 });
  await expect(facts).toContainText('Suspensão', { timeout: 10_000 });
  await expect(facts.getByLabel('Nome do negócio', { exact: true })).toHaveValue('Auto Center Seu Zé');

  await page.getByRole('button', { name: 'Criar meu site' }).click();
  const home = await publishAndOpen(page, 'Publicar', /Ver site/);
  const site = await context.newPage();
  const text = await siteText(site, home);
  await expect(site.locator('html')).toHaveAttribute('lang', 'pt-BR');
  expect(text).toContain('Auto Center Seu Zé');
  expect(text).toMatch(/freios/i);
  expect(text).toMatch(/troca de óleo/i);
  expect(text).toMatch(/suspensão/i);
  expect(text).toMatch(/R\$\s?\d/);
  expect(text).not.toMatch(/\b\d+\.\d{2}\b/); // no "80.00"
  for (const homeRepair of ['Visita técnica', 'Meia diária', 'Resolvido de primeira', 'Pronto Atendimento Residencial', 'marido de aluguel'])
    expect(text).not.toContain(homeRepair);
  await site.goto(home);
  await screenshot(site, 'understood-pt-live');
});

test('Spanish: a dentist with a title and her treatments, prices in euros', async ({ page, context }) => {
  test.setTimeout(240_000);
  await signUp(page);
  await page.goto('/dashboard/sites/new');
  await page.getByLabel('Describe your business').fill('Dra. Lucía Fernández, dentista en Madrid, ortodoncia invisible e implantes');
  const facts = page.getByRole('region', { name: 'What we understood' });
  await expect(facts.getByLabel('Business name', { exact: true })).toHaveValue('Dra. Lucía Fernández', { timeout: 15_000 });
  await expect(facts.getByRole('button', { name: 'Kind of business', exact: true })).toHaveText(/Dent/i);
  await expect(facts.getByLabel('Place', { exact: true })).toHaveValue('Madrid');
  await expect(facts.getByLabel('Site language', { exact: true })).toHaveValue('es');
  await page.getByRole('button', { name: 'Create my site' }).click();
  const home = await publishAndOpen(page, 'Publish', /View site/);
  const site = await context.newPage();
  const text = await siteText(site, home);
  await expect(site.locator('html')).toHaveAttribute('lang', 'es');
  expect(text).toContain('Dra. Lucía Fernández');
  expect(text).toMatch(/ortodoncia invisible/i);
  expect(text).toMatch(/implantes/i);
  expect(text).toMatch(/\d\s?€/);
  expect(text).not.toMatch(/fontaner|visita técnica|reparaciones del hogar/i);
  // The structured data says what the business is.
  const jsonLd = JSON.parse((await site.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}') as { '@type'?: string };
  await site.goto(home);
  expect(JSON.parse((await site.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')['@type'] ?? jsonLd['@type']).toBe('Dentist');
});

test('English: a florist whose name ends the sentence, picked from the kind list by keyboard', async ({ page, context }) => {
  test.setTimeout(240_000);
  await signUp(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/dashboard/sites/new');
  await page.getByLabel('Describe your business').fill('A small shop in Asheville with wedding bouquets and same-day delivery, Bloom & Co');
  const facts = page.getByRole('region', { name: 'What we understood' });
  await expect(facts.getByLabel('Business name', { exact: true })).toHaveValue('Bloom & Co', { timeout: 15_000 });
  await expect(facts.getByLabel('Place', { exact: true })).toHaveValue('Asheville');
  // "shop" alone could be any shop: the owner says which, by keyboard.
  await facts.getByRole('button', { name: 'Kind of business', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('flor');
  await expect(page.getByRole('option', { name: 'Florist' })).toBeVisible();
  await screenshot(page, 'understood-kind-picker-phone');
  await page.keyboard.press('Enter');
  await expect(facts.getByRole('button', { name: 'Kind of business', exact: true })).toHaveText(/Florist/);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Create my site' }).click();
  const home = await publishAndOpen(page, 'Publish', /View site/);
  const site = await context.newPage();
  const text = await siteText(site, home);
  await expect(site.locator('html')).toHaveAttribute('lang', 'en');
  expect(text).toContain('Bloom & Co');
  expect(text).toMatch(/wedding bouquets/i);
  expect(text).toMatch(/same-day delivery/i);
  expect(text).toMatch(/\$\d/);
  await site.goto(home);
  await screenshot(site, 'understood-en-live');
});

test('bad prompts get a clear message and cost no credit; a fourth language gets the nearest one', async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page);
  const refusals: Array<[string, RegExp]> = [
    ['', /at least|few words/i],
    ['x'.repeat(5000), /1,000 characters/],
    ['🍕🍕🍕🍕', /in words/],
    ['https://padaria-do-joao.com.br', /in words/],
  ];
  for (const [prompt, message] of refusals) {
    const res = await page.request.post('/api/generate', { data: { prompt } });
    expect(res.status(), prompt.slice(0, 20)).toBe(422);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
  }
  const malformed = await page.request.post('/api/generate/understand', { data: Buffer.from('{"prompt":'), headers: { 'content-type': 'application/json' } });
  expect(malformed.status()).toBe(400);
  const tooLong = await page.request.post('/api/generate/understand', { data: { prompt: 'y'.repeat(1001) } });
  expect(tooLong.status()).toBe(422);

  await page.goto('/dashboard/sites/new');
  await expect(page.getByText('Uses 1 credit · 10 left this month')).toBeVisible();
  await page.getByLabel('Describe your business').fill('🍕🍕🍕🍕');
  await page.getByRole('button', { name: 'Create my site' }).click();
  // (Next.js keeps an empty route announcer with the alert role too.)
  await expect(page.getByRole('alert').filter({ hasText: /in words/ })).toBeVisible();
  await expect(page.getByText('Uses 1 credit · 10 left this month')).toBeVisible();

  // French: the site is written in Spanish, and the screen says so before anything is spent.
  await page.getByLabel('Describe your business').fill('Boulangerie artisanale à Lyon avec du pain au levain et des croissants');
  const facts = page.getByRole('region', { name: 'What we understood' });
  await expect(facts).toContainText('We write sites in English, Portuguese and Spanish', { timeout: 15_000 });
  await expect(facts.getByLabel('Site language', { exact: true })).toHaveValue('es');
  await expect(facts.getByLabel('Place', { exact: true })).toHaveValue('Lyon');
  await page.getByRole('button', { name: 'Create my site' }).click();
  await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 90_000 });
  const preview = await page.request.get(`/api/sites/${page.url().split('/').pop()}/preview`);
  const html = await preview.text();
  expect(html).toContain('<html lang="es"');
  expect(html).toContain('Lyon');
});

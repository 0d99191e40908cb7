// Images on the site page: refusals of bad files change nothing, an upload becomes the hero's
// image with alt text asked for (and publishing warns until it is given), and the published page
// shows it from the site's own host with srcset, width and height.
import AxeBuilder from '@axe-core/playwright';
import sharp from 'sharp';
import { expect, screenshot, signUp, test } from './support/fixtures';
import { confirmSuggestedFacts } from './support/publish';

test('upload an image for the hero: bad files refused, alt text asked for, published with srcset', async ({ page, context }) => {
  test.setTimeout(180_000);
  await signUp(page);
  await page.goto('/dashboard/sites/new');
  await page.getByLabel('Describe your business').fill('Bakery called Forno Azul in Porto, warm colours');
  await page.getByRole('button', { name: 'Create my site' }).click();
  // The new site opens in the editor; this journey uses the site page's Images card.
  await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 60_000 });
  await page.goto(`/dashboard/sites/${page.url().split('/').pop()}`);

  const heroItem = (p = page) =>
    p
      .getByRole('listitem')
      .filter({ has: p.getByRole('group', { name: /^Hero ·/ }) })
      .first();
  const hero = heroItem();
  await hero.scrollIntoViewIfNeeded();
  const fileInput = hero.getByLabel(/^Image file for Hero/);

  // 1. Bad files: each gets a clear refusal, and nothing is stored or changed.
  const big = Buffer.concat([
    await sharp({ create: { width: 64, height: 64, channels: 3, background: '#933' } })
      .jpeg()
      .toBuffer(),
    Buffer.alloc(11 * 1024 * 1024),
  ]);
  await fileInput.setInputFiles({ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: big });
  await expect(hero.getByRole('alert').filter({ hasText: /larger than 10 MB/ })).toBeVisible();
  await fileInput.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('just some text\n'.repeat(50)) });
  await expect(hero.getByRole('alert').filter({ hasText: /not a JPEG, PNG, WebP or AVIF image/ })).toBeVisible();
  await fileInput.setInputFiles({
    name: 'logo.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await expect(hero.getByRole('alert').filter({ hasText: /SVG images are not accepted/ })).toBeVisible();
  await screenshot(page, 'media-refused');
  // The page checks size and SVG before sending; the server refuses them too, on its own.
  const siteId = new URL(page.url()).pathname.split('/').pop();
  const direct = (name: string, mimeType: string, buffer: Buffer) =>
    page.request.post(`/api/sites/${siteId}/assets`, { multipart: { file: { name, mimeType, buffer } } });
  const tooBig = await direct('huge.jpg', 'image/jpeg', big);
  expect(tooBig.status()).toBe(413);
  expect((await tooBig.json()).error.code).toBe('TOO_LARGE');
  const svg = await direct('logo.png', 'image/png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
  expect(svg.status()).toBe(422);
  expect((await svg.json()).error.message).toMatch(/SVG images are not accepted/);
  await hero.getByRole('button', { name: 'Choose from uploads' }).click();
  await expect(page.getByRole('dialog').getByText('No uploads yet')).toBeVisible();
  await page.keyboard.press('Escape');

  // 2. A real photo: uploaded, converted, shown; alt text is asked for.
  const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#c8643c' } })
    .composite([{ input: Buffer.from('<svg width="2400" height="1600"><circle cx="1200" cy="800" r="500" fill="#f4e3c1"/></svg>') }])
    .jpeg()
    .toBuffer();
  await fileInput.setInputFiles({ name: 'forno.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(hero.getByText('Image uploaded.')).toBeVisible({ timeout: 30_000 });
  await expect(hero.getByRole('img', { name: 'Current image' })).toBeVisible();
  await expect(hero.getByText(/No alt text yet/)).toBeVisible();
  await hero.getByRole('button', { name: 'Save image' }).click();
  await expect(hero.getByText(/Image saved/)).toBeVisible();

  // 3. Publishing warns about the image without alt text.
  await page.reload();
  await expect(page.getByText('1 image has no alt text')).toBeVisible();
  await screenshot(page, 'media-alt-warning');

  // 4. Keyboard: pick the upload from the picker, give it alt text, save.
  const heroAgain = heroItem();
  await heroAgain.getByRole('button', { name: 'Choose from uploads' }).focus();
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Your uploads' });
  await expect(picker).toBeVisible();
  await picker.getByRole('button', { name: /^Use / }).first().focus();
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await heroAgain.getByLabel('Alt text').fill('A wood-fired oven glowing orange');
  await heroAgain.getByRole('button', { name: 'Save image' }).click();
  await expect(heroAgain.getByText(/Image saved/)).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('section[aria-labelledby="images-title"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.reload();
  await expect(page.getByText(/has no alt text|have no alt text/)).toHaveCount(0);
  await screenshot(page, 'media-saved');

  // 5. Publish: the site's own host serves the image with srcset, width and height.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const viewSite = page.getByRole('link', { name: /View site/ }).first();
  await confirmSuggestedFacts(page, viewSite);
  await expect(viewSite).toBeVisible({ timeout: 30_000 });
  const site = await context.newPage();
  await site.goto((await viewSite.getAttribute('href'))!);
  const img = site.getByRole('img', { name: 'A wood-fired oven glowing orange' });
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('srcset', /\/assets\/\w+-480\.webp 480w, .*1600\.webp 1600w/);
  await expect(img).toHaveAttribute('width', /^\d+$/);
  await expect(img).toHaveAttribute('height', /^\d+$/);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  const current = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
  expect(new URL(current).host).toBe(new URL(site.url()).host);
  expect(current).toMatch(/\.(avif|webp)$/);
  await screenshot(site, 'media-published');
});

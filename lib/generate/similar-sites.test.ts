// "Start from your site X": an earlier generation of the owner's whose prompt is close to a new
// one, never another owner's; the copy is a new site with the new name, and counts against the plan.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { duplicateSite } from '@/lib/sites/mutations';
import { parseSiteDocument } from '@/lib/sites/validate';
import { createUser, subscribe } from '@/test/factories';
import { OfflineGenerator } from './offline/generator';
import { generateSite } from './run';
import { findSimilarSite } from './similar-sites';

const generator = new OfflineGenerator();

async function generate(userId: string, prompt: string) {
  const { siteId } = await generateSite({ id: userId }, { prompt, seed: 1 }, () => {}, { generator });
  return siteId!;
}

describe('similar earlier sites', () => {
  it("offers the owner's own close site, not a different business, and never another owner's", async () => {
    const owner = await createUser();
    await subscribe(owner.id, 'pro');
    const bakery = await generate(owner.id, 'Padaria artesanal Pão da Serra em Curitiba, pães de fermentação natural');
    await generate(owner.id, 'Oficina mecânica em Belo Horizonte, freios e suspensão');
    const similar = await findSimilarSite(owner, 'Padaria artesanal em Curitiba com pães de fermentação natural e bolos');
    expect(similar?.siteId).toBe(bakery);
    expect(await findSimilarSite(owner, 'Escritório de advocacia trabalhista em Recife')).toBeNull();
    const stranger = await createUser();
    expect(await findSimilarSite(stranger, 'Padaria artesanal em Curitiba com pães de fermentação natural e bolos')).toBeNull();
  });

  it('copies a site under the new name, and refuses at the plan limit or for another owner', async () => {
    const owner = await createUser();
    await subscribe(owner.id, 'pro');
    const source = await generate(owner.id, 'Floricultura Jardim Azul em Porto Alegre, arranjos e buquês');
    const copy = await duplicateSite(owner, source, { name: 'Flores da Vila' });
    const doc = parseSiteDocument(copy.draft);
    expect(doc.business.name).toBe('Flores da Vila');
    expect(doc.pages[0].sections.find((s) => s.type === 'navbar')?.props.logoText).toBe('Flores da Vila');
    expect(copy.slug).not.toBe((await db.site.findUniqueOrThrow({ where: { id: source } })).slug);
    const stranger = await createUser();
    await expect(duplicateSite(stranger, source)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const free = await createUser();
    const only = await generate(free.id, 'Barbearia em Salvador');
    await expect(duplicateSite(free, only)).rejects.toMatchObject({ code: 'PLAN_LIMIT' });
    expect(await db.site.count({ where: { ownerId: free.id } })).toBe(1);
  });
});

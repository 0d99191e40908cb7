// GET /api/v1/templates: the templates a site can be made from, in the asked language or the owner's,
// each id one POST /api/v1/sites accepts as templateId; 403 without the read scope, 422 for a
// language the dashboard does not speak.
import { describe, expect, it } from 'vitest';
import { createApiKey } from '@/lib/api/keys';
import { db } from '@/lib/db';
import { templateIds } from '@/lib/sites/templates';
import { createUser } from '@/test/factories';

const { GET } = await import('./route');

const call = (query: string, token: string) => new Request(`http://localhost/api/v1/templates${query}`, { headers: { authorization: `Bearer ${token}` } });
type Template = { id: string; name: string; description: string; pages: string[]; samplePrompt: string };

describe('GET /api/v1/templates', () => {
  it('lists every template in the owner’s language, or the one asked for', async () => {
    const owner = await db.user.update({ where: { id: (await createUser()).id }, data: { locale: 'pt-BR' } });
    const { token } = await createApiKey(owner, { name: 'script', scopes: ['read'] });
    const res = await GET(call('', token), undefined);
    expect(res.status).toBe(200);
    const { templates } = (await res.json()) as { templates: Template[] };
    expect(templates.map((t) => t.id).sort()).toEqual([...templateIds].sort());
    const restaurant = templates.find((t) => t.id === 'restaurant')!;
    expect(restaurant.samplePrompt).toBe('Padaria artesanal em Curitiba');
    expect(restaurant.pages).toContain('home');

    const english = (await (await GET(call('?language=en', token), undefined)).json()) as { templates: Template[] };
    expect(english.templates.find((t) => t.id === 'landing')!.name).toBe('Product landing page');
    expect((await GET(call('?language=fr', token), undefined)).status).toBe(422);
    const { token: writeOnly } = await createApiKey(owner, { name: 'w', scopes: ['write'] });
    expect((await GET(call('', writeOnly), undefined)).status).toBe(403);
  });
});

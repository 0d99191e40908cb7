// Creating sites at once with the same name (a batch, concurrent generations): each gets its own
// address, whatever the order the transactions commit in; an address the owner chose and another
// site holds is a CONFLICT that changes nothing.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser, subscribe } from '@/test/factories';

describe('createSite', () => {
  it('gives every one of many sites made at once with one name an address of its own', async () => {
    const user = await createUser();
    await subscribe(user.id, 'business');
    const name = `Trigo Bom ${user.id.slice(-6)}`;
    const sites = await Promise.all(Array.from({ length: 40 }, () => createSite(user, { name, document: testDocument() })));
    expect(new Set(sites.map((site) => site.slug)).size).toBe(40);
    expect(await db.site.count({ where: { ownerId: user.id } })).toBe(40);
  });

  it('refuses an address the owner chose that another site holds, and creates nothing', async () => {
    const [owner, other] = await Promise.all([createUser(), createUser()]);
    const taken = await createSite(other, { name: 'Padaria', document: testDocument() });
    const error = await createSite(owner, { name: 'Padaria', document: testDocument(), slug: taken.slug }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFLICT');
    expect(await db.site.count({ where: { ownerId: owner.id } })).toBe(0);
  });
});

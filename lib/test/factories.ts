// Test helpers: each test makes its own user in the real test database.
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';

export const TEST_PASSWORD = 'correct horse battery';

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function createUser(opts: { email?: string; password?: string } = {}) {
  return db.user.create({
    data: {
      email: opts.email ?? uniqueEmail(),
      name: 'Test Owner',
      passwordHash: await hashPassword(opts.password ?? TEST_PASSWORD),
    },
  });
}

// The demo account that npm start prints, created once.
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';

export const DEMO_EMAIL = 'demo@pagemagic.dev';
export const DEMO_PASSWORD = 'demo-password-2026';

export async function seedDemo(): Promise<{ email: string; password: string }> {
  const existing = await db.user.findUnique({ where: { email: DEMO_EMAIL } });
  if (!existing) {
    await db.user.create({
      data: { email: DEMO_EMAIL, name: 'Demo Owner', passwordHash: await hashPassword(DEMO_PASSWORD), emailVerified: new Date() },
    });
  }
  return { email: DEMO_EMAIL, password: DEMO_PASSWORD };
}

'use server';
// API keys from the Settings page: create (answers the token, shown once) and revoke. Each action
// checks who is calling, parses what they sent, and leaves the work to keys.ts.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { action } from '@/lib/http';
import { createApiKey, revokeApiKey } from './keys';

const SETTINGS_PATH = '/dashboard/settings';
const revokeSchema = z.object({ keyId: z.string().trim().min(1).max(100) });

// createApiKey parses { name, scopes, expiresAt } itself.
export const createApiKeyAction = action(async (input: { name: string; scopes: string[]; expiresAt?: string | null }) => {
  const user = await requireUser();
  const { key, token } = await createApiKey(user, input);
  revalidatePath(SETTINGS_PATH);
  return { id: key.id, name: key.name, token };
});

export const revokeApiKeyAction = action(async (input: { keyId: string }) => {
  const user = await requireUser();
  const { keyId } = revokeSchema.parse(input);
  await revokeApiKey(user, keyId);
  revalidatePath(SETTINGS_PATH);
});

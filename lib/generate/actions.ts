'use server';
// A batch of sites from the dashboard's Batches page: the same createBatch the API's
// POST /generations/batch runs, for the signed-in owner (prompts one per line on the page).
import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/require-user';
import { action } from '@/lib/http';
import { createBatch } from './batch';

// createBatch parses { prompts } itself.
export const createBatchAction = action(async (input: { prompts: { prompt: string }[] }) => {
  const user = await requireUser();
  const { batch } = await createBatch(user, input);
  revalidatePath('/dashboard/batches');
  return { id: batch.id };
});

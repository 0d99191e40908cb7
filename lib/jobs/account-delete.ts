// Account deletions that wait for Stripe. With a userId: cancels that account's billing and
// removes its data (lib/billing/account-deletion.ts), failing (so retried with backoff) while
// Stripe cannot be reached. Without one, as the hourly schedule sends it: the sweep, queueing a
// job for every account still marked deleting.
import { z } from 'zod';
import { completeAccountDeletion, queueUnfinishedDeletions } from '@/lib/billing/account-deletion';
import type { JobDefinition } from './types';

const dataSchema = z.object({ userId: z.string().min(1).optional() });

export const accountDelete: JobDefinition = {
  schedule: { cron: '7 * * * *' },
  handle: async (data) => {
    const { userId } = dataSchema.parse(data);
    if (!userId) return { queued: await queueUnfinishedDeletions() };
    return { deleted: await completeAccountDeletion(userId) };
  },
};

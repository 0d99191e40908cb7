// A site's export, in any format (lib/builds/site-export.ts): builds the ZIP of the Build named; when the
// last attempt fails, the build is marked failed with the reason so the owner can ask again.
import { z } from 'zod';
import { exportFailureReason, failExport, runExport } from '@/lib/builds/site-export';
import { queues } from '@/lib/queue';
import type { JobDefinition } from './types';

const dataSchema = z.object({ buildId: z.string().min(1).max(100) });

export const siteExport: JobDefinition = {
  handle: async (data, job) => {
    const { buildId } = dataSchema.parse(data);
    try {
      return await runExport(buildId);
    } catch (error) {
      if (job.attempt > queues['site-export'].retryLimit) await failExport(buildId, exportFailureReason(error));
      throw error;
    }
  },
};

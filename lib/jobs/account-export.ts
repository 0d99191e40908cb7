// "Download my data". With an exportId: builds that export's ZIP (lib/account-export/build.ts);
// when the last attempt fails, the export is marked failed so the owner can start another.
// Without one, as the hourly schedule sends it: the sweep that removes expired exports' files.
import { z } from 'zod';
import { buildAccountExport } from '@/lib/account-export/build';
import { markExportFailed, sweepExports } from '@/lib/account-export/exports';
import { queues } from '@/lib/queue';
import type { JobDefinition } from './types';

const dataSchema = z.object({ exportId: z.string().min(1).optional() });

export const accountExport: JobDefinition = {
  schedule: { cron: '23 * * * *' },
  handle: async (data, job) => {
    const { exportId } = dataSchema.parse(data);
    if (!exportId) return sweepExports();
    try {
      return await buildAccountExport(exportId);
    } catch (error) {
      if (job.attempt > queues['account-export'].retryLimit) await markExportFailed(exportId, error instanceof Error ? error.message : String(error));
      throw error;
    }
  },
};

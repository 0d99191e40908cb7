// Lighthouse on a publish's live home page (lib/builds/lighthouse-audit.ts). One at a time per
// instance: each run starts a Chromium, which takes most of a core for 10–30 s.
import { z } from 'zod';
import { runLighthouseAudit } from '@/lib/builds/lighthouse-audit';
import type { JobDefinition } from './types';

const dataSchema = z.object({ buildId: z.string().min(1).max(100) });

export const lighthouse: JobDefinition = {
  handle: async (data) => runLighthouseAudit(dataSchema.parse(data).buildId),
  batchSize: 1,
};

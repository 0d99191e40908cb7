// The DNS check of custom domains. With a domainId: checks that domain once (queued when it is
// added, and by the sweep) and records the outcome (lib/domains/run-check.ts). Without one, as the
// every-minute schedule sends it: the sweep, queueing a check for each domain whose next check is due.
import { z } from 'zod';
import { queueDueChecks, runDomainCheck } from '@/lib/domains/run-check';
import type { JobDefinition } from './types';

const dataSchema = z.object({ domainId: z.string().min(1).optional() });

export const domainCheck: JobDefinition = {
  schedule: { cron: '* * * * *' },
  handle: async (data) => {
    const { domainId } = dataSchema.parse(data);
    if (!domainId) return { queued: await queueDueChecks() };
    const domain = await runDomainCheck(domainId);
    if (!domain) return { skipped: 'The domain was removed.' };
    const findings = Array.isArray(domain.checkFindings) ? (domain.checkFindings as Array<{ code?: unknown }>) : [];
    return { status: domain.status, findings: findings.map((f) => f.code) };
  },
};

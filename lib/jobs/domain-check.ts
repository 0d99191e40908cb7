// The DNS check of custom domains. With a domainId: checks that domain once (queued when it is
// added, by the previous check for when the next is due, and by the sweep) and records the outcome
// (lib/domains/run-check.ts). Without one, as the every-minute schedule sends it: the sweep,
// queueing a check for each domain whose next check is due.
import { z } from 'zod';
import { queueDueChecks, runDomainCheck } from '@/lib/domains/run-check';
import type { JobDefinition } from './types';

// dueAt: the time the check was scheduled for (absent on the first check, queued when the domain is added).
const dataSchema = z.object({ domainId: z.string().min(1).optional(), dueAt: z.iso.datetime().optional() });

export const domainCheck: JobDefinition = {
  schedule: { cron: '* * * * *' },
  handle: async (data) => {
    const { domainId, dueAt } = dataSchema.parse(data);
    if (!domainId) return { queued: await queueDueChecks() };
    const domain = await runDomainCheck(domainId, { dueAt: dueAt ? new Date(dueAt) : undefined });
    if (!domain) return { skipped: dueAt ? 'The domain was removed, or checked and rescheduled since.' : 'The domain was removed.' };
    const findings = Array.isArray(domain.checkFindings) ? (domain.checkFindings as Array<{ code?: unknown }>) : [];
    return { status: domain.status, findings: findings.map((f) => f.code) };
  },
};

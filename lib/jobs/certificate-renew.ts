// Once a day, while the built-in ACME client is on: a certificate-issue job for every certificate
// of an active domain that expires within 30 days (or whose issuance failed).
import { queueDueRenewals } from '@/lib/domains/certificates';
import { features } from '@/lib/env';
import type { JobDefinition } from './types';

export const certificateRenew: JobDefinition = {
  schedule: { cron: '17 3 * * *', isOn: () => features.acme },
  batchSize: 1,
  handle: async () => ({ queued: (await queueDueRenewals()).length }),
};

// Issues (or renews) one certificate through the built-in ACME client: queued by
// requestCertificate when a domain turns active and by the daily certificate-renew job.
import { z } from 'zod';
import { issueCertificate } from '@/lib/domains/certificates';
import { isAppError } from '@/lib/errors';
import type { JobDefinition } from './types';

const dataSchema = z.object({ certificateId: z.string().min(1) });

export const certificateIssue: JobDefinition = {
  // The CA's rate limits favour few orders at once.
  batchSize: 2,
  handle: async (data) => {
    const { certificateId } = dataSchema.parse(data);
    try {
      const cert = await issueCertificate(certificateId);
      return { status: cert.status, serial: cert.serial, notAfter: cert.notAfter?.toISOString() };
    } catch (error) {
      // Gone, or the domain is no longer verified: retrying cannot help. The row says why.
      if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'CONFLICT')) return { skipped: error.message };
      throw error;
    }
  },
};

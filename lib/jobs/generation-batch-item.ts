// One prompt of a generation batch (lib/generate/batch.ts): generates its site. Two run at once on
// each instance, so a batch of 50 neither starves other work nor bursts the AI service.
import { z } from 'zod';
import { runBatchItem } from '@/lib/generate/batch';
import type { Generator } from '@/lib/generate/types';
import { withTraceCarrier } from '@/lib/observability/spans';
import type { JobDefinition } from './types';

// traceparent: the span of the request that created the batch (W3C Trace Context), when tracing is on.
const dataSchema = z.object({ itemId: z.string().min(1).max(100), traceparent: z.string().max(200).optional() });

// generator: tests pass one of their own (one that fails on a given prompt); the app uses the configured one.
export function generationBatchItemJob(opts: { generator?: Generator } = {}): JobDefinition {
  return {
    batchSize: 2,
    handle: async (data, job) => {
      const { itemId, traceparent } = dataSchema.parse(data);
      return withTraceCarrier({ traceparent }, () => runBatchItem(itemId, { generator: opts.generator, signal: job.signal }));
    },
  };
}

export const generationBatchItem = generationBatchItemJob();

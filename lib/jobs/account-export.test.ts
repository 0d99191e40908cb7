// The account-export job: an export requested by its owner is built by the workers through the
// queue, its progress reaching all parts; the hourly sweep is scheduled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLatestExport, requestAccountExport } from '@/lib/account-export/exports';
import { db } from '@/lib/db';
import { createUser } from '@/test/factories';
import { startTestQueue } from '@/test/queue';
import { startWorkers } from '.';

let queue: Awaited<ReturnType<typeof startTestQueue>>;

beforeAll(async () => {
  queue = await startTestQueue();
  await startWorkers({ pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await queue?.stop();
});

describe('account-export job', () => {
  it('builds a requested export through the queue, and audits it', async () => {
    const user = await createUser();
    const { export: started } = await requestAccountExport(user.id);
    expect(started.status).toBe('queued');
    await expect.poll(async () => (await findLatestExport(user.id))?.status, { timeout: 30_000, interval: 250 }).toBe('ready');
    const ready = (await findLatestExport(user.id))!;
    expect(ready).toMatchObject({ id: started.id, partsDone: ready.partsTotal, downloadUrl: expect.stringMatching(/^\/api\/account\/export\//) });
    // The audit entry is written just after the export is marked ready: waited for, not read at once.
    await expect.poll(() => db.auditLog.count({ where: { userId: user.id, action: 'account.exported' } }), { timeout: 10_000, interval: 100 }).toBe(1);
  });

  it('sweeps expired exports every hour', async () => {
    const schedules = await queue.boss.getSchedules('account-export');
    expect(schedules.map((s) => [s.name, s.cron, s.timezone])).toEqual([['account-export', '23 * * * *', 'UTC']]);
  });
});

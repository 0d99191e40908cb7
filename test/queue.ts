// A job queue of the test's own: the process's queue (lib/queue.ts) in a schema no other test
// file uses, so parallel files never take each other's jobs. Dropped afterwards.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { createBoss, startQueue, stopQueue } from '@/lib/queue';

export async function startTestQueue() {
  const schema = `pgboss_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const boss = await startQueue({ schema });
  return {
    schema,
    boss,
    // Another app instance on the same queue.
    secondInstance: async () => createBoss({ schema }).start(),
    stop: async () => {
      await stopQueue(2000);
      await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}

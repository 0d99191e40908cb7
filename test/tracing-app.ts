// A small stand-in for server.ts, run by lib/observability/tracing.test.ts as its own process (tsx):
// the same order (tracing first, then http and the database), the same request context, and the
// generation route's work behind it (generateSite, streamed as NDJSON), without Next's build.
// POST /generate { userId, prompt } with an x-request-id; SIGTERM sends the spans and exits.
import '@/lib/observability/start-tracing';
import { createServer } from 'node:http';
import { z } from 'zod';
import { db } from '@/lib/db';
import { generateSite } from '@/lib/generate/run';
import { logger } from '@/lib/observability/logger';
import { withRequestId } from '@/lib/observability/request-context';
import { stopTracing } from '@/lib/observability/tracing';

const bodySchema = z.object({ userId: z.string().min(1), prompt: z.string().min(1) });

const server = createServer((req, res) => {
  const requestId = String(req.headers['x-request-id']);
  void withRequestId(requestId, async () => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const { userId, prompt } = bodySchema.parse(JSON.parse(body));
    res.writeHead(200, { 'Content-Type': 'application/x-ndjson', 'x-request-id': requestId });
    const result = await generateSite({ id: userId }, { prompt }, (event) => res.write(`${JSON.stringify(event)}\n`));
    // A line written inside the request: the test reads its request and trace ids.
    logger.warn({ siteId: result.siteId }, 'generation finished');
    res.end();
  });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') process.stdout.write(`listening ${address.port}\n`);
});

process.once('SIGTERM', () => {
  server.close();
  void stopTracing()
    .then(() => db.$disconnect())
    .finally(() => process.exit(0));
});

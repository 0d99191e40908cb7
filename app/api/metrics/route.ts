// GET /api/metrics: Prometheus text format (lib/observability/metrics.ts), for a scraper sending
// "Authorization: Bearer <METRICS_TOKEN>"; a wrong or missing token is 401, and without the setting
// the route answers 404.
import { route } from '@/lib/http';
import { scrapeMetrics } from '@/lib/observability/metrics';
import { recordQueueDepth } from '@/lib/queue';

export const dynamic = 'force-dynamic';

export const GET = route(async (req: Request) => {
  const { body, contentType } = await scrapeMetrics(req.headers.get('authorization'), recordQueueDepth);
  return new Response(body, { headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store' } });
});

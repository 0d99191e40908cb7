// GET /api/v1/generations/batch/:id/events: the batch's progress as Server-Sent Events, one `item`
// event per state change and a final `done`, resumable with Last-Event-ID
// (lib/generate/batch-events.ts). Another owner's id answers 404.
import { apiOwner } from '@/lib/api/authenticate';
import { batchEventStream } from '@/lib/generate/batch-events';
import { route } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'read');
  const stream = await batchEventStream(owner, (await params).id, req.headers.get('last-event-id'), req.signal);
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' },
  });
});

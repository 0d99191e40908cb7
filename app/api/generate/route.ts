// Streams a site generation as newline-delimited JSON events (theme, page, section, done/failed).
import { getApiUser } from '@/lib/auth/require-user';
import { assertCanAddSite } from '@/lib/billing/limits';
import { takeAiRequest } from '@/lib/generate/ai-limit';
import { generateSite } from '@/lib/generate/run';
import { assertAddressFree } from '@/lib/sites/address';
import { generateRequestSchema, type GenerationEvent } from '@/lib/generate/types';
import { readJson, route } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const POST = route(async (req: Request) => {
  const user = await getApiUser();
  const request = await readJson(req, generateRequestSchema);
  // An owner at the plan's site limit gets a plain 403 PLAN_LIMIT, not a stream.
  await assertCanAddSite(user.id);
  // So is an address someone else holds (409 CONFLICT), before any credit is reserved.
  if (request.slug) await assertAddressFree(request.slug);
  // Over the plan's generations a minute: a plain 429 with Retry-After, before any credit or record.
  await takeAiRequest(user, 'sites');
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const emit = (event: GenerationEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        await generateSite(user, request, emit, { signal: req.signal });
      } catch (error) {
        // generateSite reports its own failures as events; this is the last resort.
        emit({
          type: 'failed',
          error: {
            code: 'INTERNAL',
            message: error instanceof Error && error.name === 'AppError' ? error.message : 'Something went wrong. No credit was used.',
          },
        });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' },
  });
});

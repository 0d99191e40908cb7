// AI on one section: POST { op: 'rewrite' | 'regenerate' | 'add', section?, instruction?,
// targetLanguage?, about?, language?, seed? } → { section, keptTexts, generationId }. The owner's
// site only (404 otherwise), one credit per operation, rate-limited. The editor puts the section
// in its draft; this route never writes the draft.
import { getApiUser } from '@/lib/auth/require-user';
import { generateSectionFor } from '@/lib/generate/run-section';
import { sectionAiRequestSchema } from '@/lib/generate/types';
import { readJson, route } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const POST = route(async (req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const body = await readJson(req, sectionAiRequestSchema);
  const result = await generateSectionFor(user, (await params).id, body, { signal: req.signal });
  return Response.json(result, { headers: { 'Cache-Control': 'no-store' } });
});

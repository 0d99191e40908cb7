// What a prompt was understood to say, for the New site screen's confirmation fields.
import { getApiUser } from '@/lib/auth/require-user';
import { readPrompt, promptReadingRequestSchema } from '@/lib/generate/prompt-reading';
import { readJson, route } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const POST = route(async (req: Request) => {
  const user = await getApiUser();
  const input = await readJson(req, promptReadingRequestSchema);
  return Response.json(await readPrompt(user, input), { headers: { 'Cache-Control': 'no-store' } });
});

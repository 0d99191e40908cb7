// An export's ZIP (static, Vue, React or Angular), for the site's owner only (404 for anyone else, or before it is ready).
import { z } from 'zod';
import { getApiUser } from '@/lib/auth/require-user';
import { getExportDownload } from '@/lib/builds/site-export';
import { AppError } from '@/lib/errors';
import { attachment, route } from '@/lib/http';

type Ctx = { params: Promise<{ id: string; buildId: string }> };

const paramsSchema = z.object({ id: z.string().min(1).max(100), buildId: z.string().min(1).max(100) });

export const GET = route(async (_req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) throw new AppError('NOT_FOUND', 'There is no such download.');
  const { body, fileName } = await getExportDownload(user, parsed.data.id, parsed.data.buildId);
  return attachment(body, fileName, 'application/zip');
});

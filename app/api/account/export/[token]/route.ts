// The export's ZIP, for its owner only, while the link lasts (404 for anyone else, 410 once expired).
import { z } from 'zod';
import { getExportDownload } from '@/lib/account-export/exports';
import { getApiUser } from '@/lib/auth/require-user';
import { AppError } from '@/lib/errors';
import { attachment, route } from '@/lib/http';

type Ctx = { params: Promise<{ token: string }> };

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const GET = route(async (_req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const token = tokenSchema.safeParse((await params).token);
  if (!token.success) throw new AppError('NOT_FOUND', 'There is no such download.');
  const { body, createdAt } = await getExportDownload(user.id, token.data);
  return attachment(body, `page-magic-data-${createdAt.toISOString().slice(0, 10)}.zip`, 'application/zip');
});

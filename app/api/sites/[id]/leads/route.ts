// The site's contact-form leads as CSV.
import { getApiUser } from '@/lib/auth/require-user';
import { attachment, route } from '@/lib/http';
import { leadsCsv } from '@/lib/sites/queries';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (_req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const { filename, csv } = await leadsCsv(user, (await params).id);
  return attachment(csv, filename, 'text/csv; charset=utf-8');
});

// The site's contact-form leads as CSV.
import { getApiUser } from '@/lib/auth/require-user';
import { route } from '@/lib/http';
import { leadsCsv } from '@/lib/sites/queries';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (_req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const { filename, csv } = await leadsCsv(user, (await params).id);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
});

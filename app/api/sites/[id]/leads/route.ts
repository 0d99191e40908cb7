// The site's contact-form leads as CSV.
import { getApiUser } from '@/lib/auth/require-user';
import { toCsv } from '@/lib/csv';
import { route } from '@/lib/http';
import { getSite, listLeads } from '@/lib/sites/queries';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (_req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const { id } = await params;
  const site = await getSite(user, id);
  const leads = await listLeads(user, id);
  const csv = toCsv(
    ['received_at', 'name', 'email', 'phone', 'message', 'page'],
    leads.map((l) => [l.createdAt, l.name, l.email, l.phone, l.message, l.pagePath]),
  );
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${site.slug}-leads.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});

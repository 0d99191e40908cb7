// The signed-in owner's invoices, newest first.
import { getApiUser } from '@/lib/auth/require-user';
import { listInvoices } from '@/lib/billing/queries';
import { route } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = route(async () => {
  const user = await getApiUser();
  return Response.json({ invoices: await listInvoices(user.id) });
});

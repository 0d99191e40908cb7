// The signed-in owner's invoices, newest first.
import { apiOwner } from '@/lib/api/authenticate';
import { listInvoices } from '@/lib/billing/queries';
import { route } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = route(async (req: Request) => {
  const user = await apiOwner(req, 'billing');
  return Response.json({ invoices: await listInvoices(user.id) });
});

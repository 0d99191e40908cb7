// "Download my data": GET the newest export's progress and link, POST start one (or get the one
// already being prepared: one at a time per account). The job builds it (lib/account-export/).
import { findLatestExport, requestAccountExport } from '@/lib/account-export/exports';
import { getApiUser } from '@/lib/auth/require-user';
import { route } from '@/lib/http';

const noStore = { 'Cache-Control': 'no-store' };

export const GET = route(async () => {
  const user = await getApiUser();
  return Response.json({ export: await findLatestExport(user.id) }, { headers: noStore });
});

export const POST = route(async () => {
  const user = await getApiUser();
  const { export: started, isNew } = await requestAccountExport(user.id);
  return Response.json({ export: started, isNew }, { status: isNew ? 202 : 200, headers: noStore });
});

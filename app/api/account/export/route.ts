// GET: everything stored about the signed-in account, as a JSON download.
import { exportAccountData } from '@/lib/auth/accounts';
import { getApiUser } from '@/lib/auth/require-user';
import { route } from '@/lib/http';

export const GET = route(async () => {
  const user = await getApiUser();
  const data = await exportAccountData(user.id);
  const date = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="page-magic-account-${date}.json"`,
      'Cache-Control': 'no-store',
    },
  });
});

import { getApiUser } from '@/lib/auth/require-user';
import { generationsCsv } from '@/lib/generate/records';
import { route } from '@/lib/http';

export const GET = route(async () => {
  const user = await getApiUser();
  const csv = await generationsCsv(user);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="page-magic-generations-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});

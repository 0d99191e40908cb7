import { getApiUser } from '@/lib/auth/require-user';
import { generationsCsv } from '@/lib/generate/records';
import { attachment, route } from '@/lib/http';

export const GET = route(async () => {
  const user = await getApiUser();
  const csv = await generationsCsv(user);
  return attachment(csv, `page-magic-generations-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv; charset=utf-8');
});

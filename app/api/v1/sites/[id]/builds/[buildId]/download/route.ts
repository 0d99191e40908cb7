// GET /api/v1/sites/:id/builds/:buildId/download → the ZIP of a finished export (static, Vue, React or Angular) (404 before
// it is ready, and for anyone but the site's owner).
import { apiOwner } from '@/lib/api/authenticate';
import { getExportDownload } from '@/lib/builds/site-export';
import { attachment, route } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string; buildId: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'read');
  const { id, buildId } = await params;
  const { body, fileName } = await getExportDownload(owner, id, buildId);
  return attachment(body, fileName, 'application/zip');
});

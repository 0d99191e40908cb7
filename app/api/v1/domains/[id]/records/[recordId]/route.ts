// PATCH /api/v1/domains/[id]/records/[recordId] { any record fields } → { record }; DELETE → 204.
import { apiOwner } from '@/lib/api/authenticate';
import { deleteDnsRecord, dnsRecordPatchSchema, updateDnsRecord } from '@/lib/domains/dns-records';
import { readJson, route } from '@/lib/http';

type Ctx = { params: Promise<{ id: string; recordId: string }> };

export const PATCH = route(async (req: Request, { params }: Ctx) => {
  const user = await apiOwner(req, 'write');
  const patch = await readJson(req, dnsRecordPatchSchema);
  const { id, recordId } = await params;
  return Response.json({ record: await updateDnsRecord(user, id, recordId, patch) });
});

export const DELETE = route(async (req: Request, { params }: Ctx) => {
  const user = await apiOwner(req, 'write');
  const { id, recordId } = await params;
  await deleteDnsRecord(user, id, recordId);
  return new Response(null, { status: 204 });
});

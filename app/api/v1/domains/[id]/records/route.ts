// GET /api/v1/domains/[id]/records → { zone, records }; POST a record (records.ts) → 201 { record }.
// At Cloudflare the record is written there first; a manual zone keeps the owner's notes.
import { apiOwner } from '@/lib/api/authenticate';
import { createDnsRecord, listDnsRecords } from '@/lib/domains/dns-records';
import { dnsRecordSchema } from '@/lib/domains/records';
import { readJson, route } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const user = await apiOwner(req, 'read');
  return Response.json(await listDnsRecords(user, (await params).id), { headers: { 'Cache-Control': 'no-store' } });
});

export const POST = route(async (req: Request, { params }: Ctx) => {
  const user = await apiOwner(req, 'write');
  const input = await readJson(req, dnsRecordSchema);
  return Response.json({ record: await createDnsRecord(user, (await params).id, input) }, { status: 201 });
});

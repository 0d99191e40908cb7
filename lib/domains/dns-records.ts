// The owner's DNS records for one of their domains (the API's /domains/[id]/records). A zone at
// Cloudflare (DNSZone.provider "cloudflare" with its zone id) is the truth: every change goes to
// Cloudflare first and the row keeps Cloudflare's record id; when Cloudflare refuses or fails,
// nothing is stored. A manual zone is the owner's own notes of what they set at their DNS host,
// made on first use and named as the registrable domain (Public Suffix List, private suffixes
// included), as DNS hosts keep zones: `shop.example.co.uk` and `blog.example.co.uk` share
// `example.co.uk`, record names relative to it (`_pagemagic.shop`, as the page's records show
// them), while `a.github.io` and `b.github.io` are zones of their own. Another owner's domain or
// record is NOT_FOUND.
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';
import { zoneNamesFor } from './hostname';
import { findCloudflare } from './providers/cloudflare';
import type { DnsProvider, ProviderZone } from './providers/dns-provider';
import { caaZoneValue, dnsRecordSchema, type DnsRecord } from './records';

type Owner = { id: string };

// Far above what a site needs; keeps one owner from filling the table.
const MAX_RECORDS_PER_ZONE = 200;

type StoredRecord = {
  id: string;
  type: string;
  name: string;
  value: string;
  ttl: number;
  priority: number | null;
  providerRecordId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

type ZoneRow = { id: string; name: string; provider: string; providerZoneId: string | null; nameservers: string[] };

const recordSelect = {
  id: true,
  type: true,
  name: true,
  value: true,
  ttl: true,
  priority: true,
  providerRecordId: true,
  createdAt: true,
  updatedAt: true,
} as const;
const zoneSelect = { id: true, name: true, provider: true, providerZoneId: true, nameservers: true } as const;

// A change to a record: any of its fields; the merged record is checked whole by dnsRecordSchema.
export const dnsRecordPatchSchema = z
  .object({
    type: z.string(),
    name: z.string(),
    value: z.string(),
    ttl: z.number(),
    priority: z.number(),
    flags: z.number(),
    tag: z.string(),
  })
  .partial()
  .strict();

async function ownedDomain(user: Owner, domainId: string) {
  const domain = await db.domain.findFirst({ where: { id: domainId, ownerId: user.id }, select: { id: true, hostname: true } });
  if (!domain) throw new AppError('NOT_FOUND', 'Domain not found');
  return domain;
}

// The domain's zone: the one linked to it, else the owner's Cloudflare zone holding its hostname,
// else their other zone holding it (most specific first: a zone made before zones were shared
// is named as the hostname, and keeps its records); null when there is none yet. Only names from
// the hostname down to its registrable domain count: never a zone named as a public suffix.
async function findZone(user: Owner, domain: { id: string; hostname: string }): Promise<ZoneRow | null> {
  const linked = await db.dNSZone.findFirst({ where: { ownerId: user.id, domainId: domain.id }, select: zoneSelect });
  if (linked) return linked;
  const candidates = await db.dNSZone.findMany({ where: { ownerId: user.id, name: { in: zoneNamesFor(domain.hostname) } }, select: zoneSelect });
  const byLength = candidates.sort((a, b) => b.name.length - a.name.length);
  return byLength.find((z) => z.provider === 'cloudflare' && z.providerZoneId) ?? byLength.find((z) => z.provider !== 'cloudflare') ?? null;
}

async function zoneForWrite(user: Owner, domain: { id: string; hostname: string }): Promise<ZoneRow> {
  const found = await findZone(user, domain);
  if (found) return found;
  const name = zoneNamesFor(domain.hostname).at(-1)!;
  // Two first writes at once meet on the (ownerId, name) key: both end up with the same row. The
  // zone stays linked to the domain that made it; the owner's other domains find it by name.
  return db.dNSZone.upsert({
    where: { ownerId_name: { ownerId: user.id, name } },
    create: { ownerId: user.id, domainId: domain.id, name, provider: 'manual' },
    update: {},
    select: zoneSelect,
  });
}

// The provider and its zone when the zone is at Cloudflare; null for a manual zone.
function providerOf(zone: ZoneRow): { provider: DnsProvider; zone: ProviderZone } | null {
  if (zone.provider !== 'cloudflare' || !zone.providerZoneId) return null;
  const provider = findCloudflare();
  if (!provider) throw new AppError('UNAVAILABLE', `The zone ${zone.name} is at Cloudflare, and Cloudflare is not configured on this server.`);
  return { provider, zone: { id: zone.providerZoneId, name: zone.name, status: 'active', nameservers: zone.nameservers } };
}

// What the row stores: a CAA record's value in zone-file form, an MX record's priority.
function toRow(record: DnsRecord) {
  return {
    type: record.type,
    name: record.name,
    value: record.type === 'CAA' ? caaZoneValue(record) : record.value,
    ttl: record.ttl,
    priority: record.type === 'MX' ? record.priority : null,
  };
}

// A stored row as input to dnsRecordSchema again, so a change can be merged into it.
function fromRow(row: StoredRecord): Record<string, unknown> {
  const base: Record<string, unknown> = { type: row.type, name: row.name, value: row.value, ttl: row.ttl };
  if (row.type === 'MX' && row.priority !== null) base.priority = row.priority;
  if (row.type === 'CAA') {
    const m = /^(\d+) (\w+) "(.*)"$/.exec(row.value);
    if (m) Object.assign(base, { flags: Number(m[1]), tag: m[2], value: m[3] });
  }
  return base;
}

export async function listDnsRecords(user: Owner, domainId: string): Promise<{ zone: { name: string; provider: string } | null; records: StoredRecord[] }> {
  const domain = await ownedDomain(user, domainId);
  const zone = await findZone(user, domain);
  if (!zone) return { zone: null, records: [] };
  const records = await db.dNSRecord.findMany({
    where: { zoneId: zone.id, zone: { ownerId: user.id } },
    orderBy: [{ name: 'asc' }, { type: 'asc' }, { createdAt: 'asc' }],
    select: recordSelect,
  });
  return { zone: { name: zone.name, provider: zone.provider }, records };
}

export async function createDnsRecord(user: Owner, domainId: string, input: unknown): Promise<StoredRecord> {
  const record = dnsRecordSchema.parse(input);
  const domain = await ownedDomain(user, domainId);
  const zone = await zoneForWrite(user, domain);
  if ((await db.dNSRecord.count({ where: { zoneId: zone.id } })) >= MAX_RECORDS_PER_ZONE) {
    throw new AppError('CONFLICT', `A zone holds at most ${MAX_RECORDS_PER_ZONE} records here. Delete some first.`);
  }
  const remote = providerOf(zone);
  const created = remote ? await remote.provider.createRecord(remote.zone, record) : null;
  try {
    return await db.dNSRecord.create({ data: { zoneId: zone.id, ...toRow(record), providerRecordId: created?.id ?? null }, select: recordSelect });
  } catch (error) {
    // The provider has it and we do not: take it back there so the two agree.
    if (remote && created) {
      await remote.provider.deleteRecord(remote.zone, created.id).catch((e: unknown) => logger.warn({ err: e, zone: zone.name }, 'could not undo a record'));
    }
    throw error;
  }
}

async function ownedRecord(user: Owner, domainId: string, recordId: string) {
  const domain = await ownedDomain(user, domainId);
  const zone = await findZone(user, domain);
  const row = zone && (await db.dNSRecord.findFirst({ where: { id: recordId, zoneId: zone.id, zone: { ownerId: user.id } }, select: recordSelect }));
  if (!zone || !row) throw new AppError('NOT_FOUND', 'Record not found');
  return { zone, row };
}

export async function updateDnsRecord(user: Owner, domainId: string, recordId: string, patch: unknown): Promise<StoredRecord> {
  const changes = dnsRecordPatchSchema.parse(patch);
  const { zone, row } = await ownedRecord(user, domainId, recordId);
  const merged = { ...fromRow(row), ...changes };
  // A new type starts from its own fields: a CAA's flags do not follow it into an A record.
  if (changes.type && changes.type !== row.type) {
    for (const key of ['priority', 'flags', 'tag'] as const) if (!(key in changes)) delete merged[key];
  }
  const record = dnsRecordSchema.parse(merged);
  const remote = providerOf(zone);
  let providerRecordId = row.providerRecordId;
  if (remote) {
    const written = providerRecordId
      ? await remote.provider.updateRecord(remote.zone, providerRecordId, record)
      : await remote.provider.createRecord(remote.zone, record);
    providerRecordId = written.id;
  }
  return db.dNSRecord.update({ where: { id: row.id }, data: { ...toRow(record), providerRecordId }, select: recordSelect });
}

export async function deleteDnsRecord(user: Owner, domainId: string, recordId: string): Promise<void> {
  const { zone, row } = await ownedRecord(user, domainId, recordId);
  const remote = providerOf(zone);
  if (remote && row.providerRecordId) {
    try {
      await remote.provider.deleteRecord(remote.zone, row.providerRecordId);
    } catch (error) {
      // Already gone at Cloudflare (deleted in its dashboard): our row goes too.
      if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
    }
  }
  await db.dNSRecord.deleteMany({ where: { id: row.id, zoneId: zone.id } });
}

// "Create the records for me": for a domain whose zone is at Cloudflare and linked to the owner
// (a DNSZone row of theirs, made when they registered the name here or by the operator), the app
// writes the records that connect it, after the owner has seen the plan and agreed. The zone must
// be the owner's: the API token is the server's, so a zone someone else's domain lives in is
// never touched. Existing records are kept; a clashing one is replaced only with consent.
import { env } from '@/lib/env';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { findCloudflare } from './providers/cloudflare';
import type { DnsProvider, ProviderRecord, ProviderZone } from './providers/dns-provider';
import { dnsRecordSchema, type DnsRecord } from './records';

type Owner = { id: string };

export type RecordChange = { action: 'create' | 'replace' | 'keep'; record: DnsRecord; replaces?: ProviderRecord };

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

// The records that connect a hostname, relative to its zone: the TXT proving control, then a
// CNAME to our target for a subdomain, or our A/AAAA addresses for an apex (and www's CNAME).
// The domains checker names the same records (DOMAINS_CNAME_TARGET, DOMAINS_A, DOMAINS_AAAA).
export function connectionRecords(domain: { hostname: string; withWww: boolean; verificationToken: string }, zoneName: string): DnsRecord[] {
  const rel = domain.hostname === zoneName ? '@' : domain.hostname.slice(0, -(zoneName.length + 1));
  const under = (prefix: string) => (rel === '@' ? prefix : `${prefix}.${rel}`);
  const records: unknown[] = [{ type: 'TXT', name: under('_pagemagic'), value: domain.verificationToken, ttl: 300 }];
  if (rel === '@') {
    for (const ip of list(env.DOMAINS_A)) records.push({ type: 'A', name: '@', value: ip, ttl: 300 });
    for (const ip of list(env.DOMAINS_AAAA)) records.push({ type: 'AAAA', name: '@', value: ip, ttl: 300 });
  } else {
    records.push({ type: 'CNAME', name: rel, value: env.DOMAINS_CNAME_TARGET, ttl: 300 });
  }
  if (domain.withWww) records.push({ type: 'CNAME', name: under('www'), value: env.DOMAINS_CNAME_TARGET, ttl: 300 });
  return records.map((r) => dnsRecordSchema.parse(r));
}

async function context(
  user: Owner,
  domainId: string,
): Promise<{ provider: DnsProvider; zone: ProviderZone; zoneRowId: string; desired: DnsRecord[]; domain: { id: string } }> {
  const provider = findCloudflare();
  if (!provider) throw new AppError('UNAVAILABLE', 'Cloudflare is not configured on this server.');
  const domain = await db.domain.findFirst({
    where: { id: domainId, ownerId: user.id },
    select: { id: true, hostname: true, withWww: true, verificationToken: true },
  });
  if (!domain) throw new AppError('NOT_FOUND', 'Domain not found');
  const zone = await provider.findZone(domain.hostname);
  if (!zone) throw new AppError('NOT_FOUND', `No Cloudflare zone holds ${domain.hostname}. Add the records at your DNS provider instead.`);
  const zoneRow = await db.dNSZone.findFirst({
    where: { ownerId: user.id, name: zone.name, provider: 'cloudflare', providerZoneId: zone.id },
    select: { id: true },
  });
  if (!zoneRow)
    throw new AppError('NOT_FOUND', `The Cloudflare zone ${zone.name} is not linked to your account. Add the records at your DNS provider instead.`);
  return { provider, zone, zoneRowId: zoneRow.id, desired: connectionRecords(domain, zone.name), domain };
}

const clashes = (want: DnsRecord, have: ProviderRecord) => {
  if (have.name !== want.name) return false;
  // A CNAME cannot share its name with anything; A and AAAA at the apex are ours to set.
  if (want.type === 'CNAME' || have.type === 'CNAME') return ['A', 'AAAA', 'CNAME'].includes(have.type);
  return want.type === have.type && (want.type === 'A' || want.type === 'AAAA');
};

function plan(desired: DnsRecord[], existing: ProviderRecord[]): RecordChange[] {
  const claimed = new Set<string>();
  return desired.map((record) => {
    const same = existing.find((r) => r.type === record.type && r.name === record.name && r.value === record.value);
    if (same) {
      claimed.add(same.id);
      return { action: 'keep', record };
    }
    const clash = existing.find((r) => !claimed.has(r.id) && clashes(record, r));
    if (clash) {
      claimed.add(clash.id);
      return { action: 'replace', record, replaces: clash };
    }
    return { action: 'create', record };
  });
}

export async function planCloudflareRecords(user: Owner, domainId: string): Promise<{ zone: string; changes: RecordChange[] }> {
  const { provider, zone, desired } = await context(user, domainId);
  return { zone: zone.name, changes: plan(desired, await provider.listRecords(zone)) };
}

// Applies the plan as it stands now (not as it was shown): records that appeared since are kept.
export async function applyCloudflareRecords(user: Owner, domainId: string, consent: { allowReplace: boolean }) {
  const { provider, zone, zoneRowId, desired, domain } = await context(user, domainId);
  const changes = plan(desired, await provider.listRecords(zone));
  if (!consent.allowReplace && changes.some((c) => c.action === 'replace')) {
    throw new AppError('CONFLICT', 'Some records would replace ones already in the zone. Review them and agree to replace them.');
  }
  const written: ProviderRecord[] = [];
  for (const change of changes) {
    if (change.action === 'create') written.push(await provider.createRecord(zone, change.record));
    if (change.action === 'replace') written.push(await provider.updateRecord(zone, change.replaces!.id, change.record));
  }
  await db.$transaction(async (tx) => {
    // A zone row links one domain (DNSZone.domainId is unique): the first connected keeps it.
    await tx.dNSZone.updateMany({ where: { id: zoneRowId, domainId: null }, data: { domainId: domain.id } });
    await tx.dNSZone.update({ where: { id: zoneRowId }, data: { nameservers: zone.nameservers } });
    for (const r of written) {
      await tx.dNSRecord.deleteMany({ where: { zoneId: zoneRowId, providerRecordId: r.id } });
      await tx.dNSRecord.create({
        data: {
          zoneId: zoneRowId,
          type: r.type,
          name: r.name,
          value: r.value,
          ttl: r.ttl,
          priority: r.type === 'MX' ? r.priority : null,
          providerRecordId: r.id,
        },
      });
    }
    await tx.domain.update({ where: { id: domain.id }, data: { connection: 'cloudflare', nextCheckAt: new Date() } });
  });
  return { zone: zone.name, created: changes.filter((c) => c.action === 'create').length, replaced: changes.filter((c) => c.action === 'replace').length };
}

// What the domain's own nameservers say, beside what the configured resolver says. The resolver is
// what visitors' browsers see (and the only thing that can make a domain active); the nameservers
// explain why it still sees something else:
// - NS_NOT_CHANGED: the registrable domain is delegated to other nameservers than those of the
//   zone we know for it (a Cloudflare zone, a registration), so records set there are not seen;
// - NS_PROPAGATING: the same at the resolver, while the parent zone's servers (the registry's)
//   already delegate to the zone's nameservers: changed at the registrar, the resolver's copy of
//   the old delegation not yet expired (often up to 48 hours);
// - PROPAGATING: every nameserver of the domain already gives the right answer and the resolver
//   still gives the old one (its cache, until the old record's time to live runs out);
// - PROPAGATING_PARTLY: some nameservers give the right answer and others not yet (a secondary
//   still transferring the zone, or one provider's servers updated before the others);
// - NAMESERVER_FAILED: a nameserver that times out, refuses or answers garbage.
// Nameservers are asked directly (node:dns Resolver.setServers), at their IPv4 address as the
// resolver gives it, on `nameserverPort` (53; tests use another).
import { Resolver } from 'node:dns/promises';
import { parse } from 'tldts';
import { bare, lookup, type Answer, type RecordType } from './dns-answer';
import { askDelegation } from './dns-referral';

export type NameserverFinding = {
  code: 'NS_NOT_CHANGED' | 'NS_PROPAGATING' | 'PROPAGATING' | 'PROPAGATING_PARTLY' | 'NAMESERVER_FAILED' | 'RESOLVER_FAILED';
  name: string;
  expected?: string[];
  found?: string[];
};

// One question the check cares about, and what a right answer is.
export type Probe = { name: string; type: Exclude<RecordType, 'NS'>; isRight: (values: string[]) => boolean };

// A domain rarely has more than four; a hostile delegation must not fan out without end.
const MAX_NAMESERVERS = 8;

const valuesOf = (answer: Answer<string>) => (answer.kind === 'ok' ? answer.values : []);
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((v) => b.includes(v));

type Options = {
  resolver: Resolver; // the configured resolver
  apex: string; // the registrable domain, whose NS records are the delegation
  expected: string[]; // the known zone's nameservers; [] when we know none
  probes: Probe[]; // [] skips asking the nameservers (the check found nothing wrong)
  nameserverPort: number;
  timeoutMs: number;
};

export async function checkNameservers({ resolver, apex, expected, probes, nameserverPort, timeoutMs }: Options): Promise<NameserverFinding[]> {
  const findings: NameserverFinding[] = [];
  const wanted = [...new Set(expected.map(bare))].sort();
  // A connected domain with no zone of ours: nothing to ask (its daily check stays one round).
  if (!wanted.length && !probes.length) return findings;
  const delegation = await lookup(resolver, apex, 'NS');
  // The nameservers to ask: those the resolver delegates to, or, when the registry already
  // delegates to the zone's own, those (what the resolver will see once its copy expires).
  let nameservers = valuesOf(delegation);
  if (wanted.length) {
    if (delegation.kind === 'failed') findings.push({ code: 'RESOLVER_FAILED', name: apex, found: [delegation.reason] });
    else if (!sameSet(valuesOf(delegation), wanted)) {
      const atParent = await parentDelegation(resolver, apex, nameserverPort, timeoutMs);
      const isChanged = atParent.some((names) => sameSet(names, wanted));
      findings.push({ code: isChanged ? 'NS_PROPAGATING' : 'NS_NOT_CHANGED', name: apex, expected: wanted, found: valuesOf(delegation).sort() });
      if (isChanged) nameservers = wanted;
    }
  }
  if (probes.length === 0 || nameservers.length === 0) return findings;

  // Each nameserver by its first IPv4 address, asked once per question, never retried: a silent
  // one costs one timeout, in parallel with the others.
  const names = [...new Set(nameservers)].sort().slice(0, MAX_NAMESERVERS);
  type Server = { name: string; failed: string } | { name: string; answers: Answer<string>[] };
  const servers = await Promise.all(
    names.map(async (name): Promise<Server> => {
      const address = await lookup(resolver, name, 'A');
      if (address.kind !== 'ok') return { name, failed: address.kind === 'failed' ? address.reason : 'NO_ADDRESS' };
      const direct = new Resolver({ timeout: timeoutMs, tries: 1 });
      direct.setServers([`${address.values[0]}:${nameserverPort}`]);
      const answers = await Promise.all(probes.map((probe) => lookup(direct, probe.name, probe.type)));
      const failure = answers.find((a) => a.kind === 'failed');
      return failure && failure.kind === 'failed' ? { name, failed: failure.reason } : { name, answers };
    }),
  );
  for (const server of servers) if ('failed' in server) findings.push({ code: 'NAMESERVER_FAILED', name: server.name, found: [server.failed] });
  const answering = servers.flatMap((s) => ('answers' in s ? [{ name: s.name, answers: s.answers }] : []));
  if (answering.length === 0) return findings;

  const atResolver = await Promise.all(probes.map((probe) => lookup(resolver, probe.name, probe.type)));
  const seen = new Set<string>();
  probes.forEach((probe, i) => {
    const right = answering.filter((s) => probe.isRight(valuesOf(s.answers[i])));
    const lagging = answering.filter((s) => !probe.isRight(valuesOf(s.answers[i])));
    let finding: NameserverFinding | null = null;
    if (right.length && lagging.length) {
      finding = { code: 'PROPAGATING_PARTLY', name: probe.name, expected: right.map((s) => s.name), found: lagging.map((s) => s.name) };
    } else if (right.length && atResolver[i].kind !== 'failed' && !probe.isRight(valuesOf(atResolver[i]))) {
      finding = { code: 'PROPAGATING', name: probe.name, expected: valuesOf(right[0].answers[i]), found: valuesOf(atResolver[i]) };
    }
    // The apex's A and AAAA are two questions about one name: one finding says it.
    if (finding && !seen.has(`${finding.code} ${finding.name}`)) {
      seen.add(`${finding.code} ${finding.name}`);
      findings.push(finding);
    }
  });
  return findings;
}

// The delegation of `apex` as each server of its parent zone gives it (those that answer). The
// parent is the nearest zone above it: its public suffix (`com.br`, `github.io`) or, when that has
// no servers of its own, the next name up.
async function parentDelegation(resolver: Resolver, apex: string, port: number, timeoutMs: number): Promise<string[][]> {
  const suffix = parse(apex, { allowPrivateDomains: true, extractHostname: false }).publicSuffix;
  for (let zone = suffix ?? ''; zone; zone = zone.includes('.') ? zone.slice(zone.indexOf('.') + 1) : '') {
    const servers = await lookup(resolver, zone, 'NS');
    if (servers.kind === 'failed') return [];
    if (servers.kind !== 'ok') continue;
    const answers = await Promise.all(
      servers.values
        .sort()
        .slice(0, 4)
        .map(async (name) => {
          const address = await lookup(resolver, name, 'A');
          return address.kind === 'ok' ? askDelegation({ address: address.values[0]!, port }, apex, timeoutMs) : address;
        }),
    );
    return answers.flatMap((answer) => (answer.kind === 'ok' ? [answer.values] : []));
  }
  return [];
}

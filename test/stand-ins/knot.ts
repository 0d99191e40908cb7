// A real authoritative DNS server for tests that need more than one view of a zone: Debian's knot
// (see SETUP-FACTS.md). Each instance listens on its own loopback addresses (any of 127.0.0.0/8)
// and holds its own copy of the zones, so a test can play a resolver that still has the old
// answer and nameservers that have the new one, or two nameservers that disagree. Records change
// at run time through knotc (zone-begin / zone-set / zone-unset / zone-commit, atomic, ~20 ms).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stop } from './dns';

export type KnotRecord = { name: string; type: string; value: string; ttl?: number };

export type KnotServer = {
  // Replaces every record of `type` at `name` (absolute names) with `values`; none deletes them.
  set: (zone: string, name: string, type: string, values: string[], ttl?: number) => void;
  close: () => Promise<void>;
};

const fqdn = (name: string) => (name.endsWith('.') ? name : `${name}.`);

function zoneFile(zone: string, records: KnotRecord[]): string {
  const lines = [`$ORIGIN ${fqdn(zone)}`, '$TTL 300', `@ SOA ns.${fqdn(zone)} hostmaster.${fqdn(zone)} 1 3600 600 86400 60`];
  for (const r of records) lines.push(`${fqdn(r.name)} ${r.ttl ?? 300} ${r.type} ${r.value}`);
  return `${lines.join('\n')}\n`;
}

// listen: addresses as "ip@port"; zones: each zone's records (absolute names, zone-file values).
export async function startKnot({ listen, zones }: { listen: string[]; zones: Record<string, KnotRecord[]> }): Promise<KnotServer> {
  const dir = mkdtempSync(join(tmpdir(), 'pm-knot-'));
  mkdirSync(join(dir, 'db'));
  for (const [zone, records] of Object.entries(zones)) writeFileSync(join(dir, `${zone}.zone`), zoneFile(zone, records));
  const socket = join(dir, 'knot.sock');
  const config = [
    'server:',
    `    rundir: "${dir}"`,
    `    listen: [ ${listen.join(', ')} ]`,
    '    user: root:root',
    'control:',
    `    listen: "${socket}"`,
    'database:',
    `    storage: "${join(dir, 'db')}"`,
    'template:',
    '  - id: default',
    `    storage: "${dir}"`,
    '    file: "%s.zone"',
    '    zonefile-sync: -1',
    '    journal-content: changes',
    'zone:',
    ...Object.keys(zones).map((zone) => `  - domain: ${zone}`),
    'log:',
    '  - target: stderr',
    '    any: warning',
  ].join('\n');
  writeFileSync(join(dir, 'knot.conf'), config);
  const child = spawn('knotd', ['-c', join(dir, 'knot.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));

  const knotc = (...args: string[]) => spawnSync('knotc', ['-s', socket, ...args], { encoding: 'utf8' });
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`knotd exited (${child.exitCode}):\n${output.slice(-2000)}`);
    const status = knotc('zone-status');
    if (status.status === 0 && Object.keys(zones).every((zone) => status.stdout.includes(`[${fqdn(zone)}]`))) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`knotd did not start:\n${output.slice(-2000)}\n${status.stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  const run = (...args: string[]) => {
    const result = knotc(...args);
    if (result.status !== 0 || /error/i.test(result.stdout)) throw new Error(`knotc ${args.join(' ')}: ${result.stdout}${result.stderr}`);
    return result.stdout;
  };
  return {
    set(zone, name, type, values, ttl = 300) {
      // knotc aborts the whole transaction on a failed command: unset only what exists.
      const read = knotc('zone-read', zone, fqdn(name), type);
      const exists = read.status === 0 && read.stdout.includes(` ${type} `);
      run('zone-begin', zone);
      try {
        if (exists) run('zone-unset', zone, fqdn(name), type);
        for (const value of values) run('zone-set', zone, fqdn(name), String(ttl), type, value);
        run('zone-commit', zone);
      } catch (error) {
        knotc('zone-abort', zone);
        throw error;
      }
    },
    close: async () => {
      await stop(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

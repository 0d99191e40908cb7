// A DNS server whose records tests change at run time: Debian's pebble-challtestsrv (see
// SETUP-FACTS.md). Every name resolves to 127.0.0.1 (A) unless a test mocks it; records are
// changed through its management API (POST /set-txt, /add-a, /set-cname, /add-caa, /set-servfail…
// with {"host": "<name>."}). The domain checker (DNS_RESOLVER) and pebble both ask it.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export type DnsStandIn = {
  // host:port of the DNS server (UDP and TCP).
  server: string;
  // The management API's base URL.
  managementUrl: string;
  close: () => Promise<void>;
};

export async function startDnsStandIn({ dnsPort, managementPort }: { dnsPort: number; managementPort: number }): Promise<DnsStandIn> {
  const child = spawn(
    'pebble-challtestsrv',
    [
      '-dns01',
      `127.0.0.1:${dnsPort}`,
      '-http01',
      '',
      '-https01',
      '',
      '-tlsalpn01',
      '',
      '-management',
      `127.0.0.1:${managementPort}`,
      '-defaultIPv4',
      '127.0.0.1',
      '-defaultIPv6',
      '',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const managementUrl = `http://127.0.0.1:${managementPort}`;
  await waitUntilUp(child, managementUrl, 'pebble-challtestsrv');
  return { server: `127.0.0.1:${dnsPort}`, managementUrl, close: () => stop(child) };
}

export class PortTakenError extends Error {}

export async function waitUntilUp(child: ChildProcess, url: string, name: string, timeoutMs = 15_000, init?: RequestInit): Promise<void> {
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // One of its ports is taken (by another program, or as the local end of a connection: test ports
    // sit in Linux's ephemeral range): said at once, so the caller can try other ports.
    if (/address already in use/i.test(output)) {
      child.kill('SIGKILL');
      throw new PortTakenError(`${name} could not listen: a port is taken:\n${output.slice(-2000)}`);
    }
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output.slice(-2000)}`);
    try {
      await fetch(url, { ...init, signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not start within ${timeoutMs} ms:\n${output.slice(-2000)}`);
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await Promise.race([once(child, 'exit'), new Promise((resolve) => setTimeout(resolve, 3000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

// Changes the stand-in's records through pebble-challtestsrv's management API. Names may be given
// with or without the trailing dot (the API needs it). TXT values replace what was there.
export function dnsRecords(managementUrl = process.env.TEST_DNS_MANAGEMENT_URL ?? '') {
  if (!managementUrl) throw new Error('TEST_DNS_MANAGEMENT_URL is not set: run through npm test');
  const fqdn = (name: string) => (name.endsWith('.') ? name : `${name}.`);
  const post = async (path: string, body: Record<string, unknown>) => {
    const res = await fetch(`${managementUrl}${path}`, { method: 'POST', body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`pebble-challtestsrv ${path} answered ${res.status}: ${await res.text()}`);
  };
  return {
    setTxt: async (name: string, value: string) => {
      await post('/clear-txt', { host: fqdn(name) });
      await post('/set-txt', { host: fqdn(name), value });
    },
    clearTxt: (name: string) => post('/clear-txt', { host: fqdn(name) }),
    setA: (name: string, addresses: string[]) => post('/add-a', { host: fqdn(name), addresses }),
    clearA: (name: string) => post('/clear-a', { host: fqdn(name) }),
    setAaaa: (name: string, addresses: string[]) => post('/add-aaaa', { host: fqdn(name), addresses }),
    clearAaaa: (name: string) => post('/clear-aaaa', { host: fqdn(name) }),
    setCname: (name: string, target: string) => post('/set-cname', { host: fqdn(name), target: fqdn(target) }),
    clearCname: (name: string) => post('/clear-cname', { host: fqdn(name) }),
    addCaa: (name: string, policies: Array<{ tag: 'issue' | 'issuewild' | 'iodef'; value: string }>) => post('/add-caa', { host: fqdn(name), policies }),
    clearCaa: (name: string) => post('/clear-caa', { host: fqdn(name) }),
    setServfail: (name: string) => post('/set-servfail', { host: fqdn(name) }),
    clearServfail: (name: string) => post('/clear-servfail', { host: fqdn(name) }),
  };
}

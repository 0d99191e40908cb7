// Caddy (Debian's package, 2.6) in front of the app as docs/deploy.md describes it: on-demand TLS
// that asks the app's tls-allowed endpoint before getting a certificate, from an ACME CA (pebble in
// tests), and a reverse proxy to the app. Run as a plain process with its own HOME and storage.
// The certificate comes through TLS-ALPN-01 on `httpsPort`: pebble must validate there (its
// tlsPort), which leaves the HTTP-01 port to the app's own challenge answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { stop } from './dns';

export type CaddyStandIn = { httpsPort: number; close: () => Promise<void> };

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

// Runs Caddy on a Caddyfile, with its state under dir, and waits until it listens on port (15 s at most).
async function runCaddy(dir: string, caddyfile: string, port: number): Promise<ChildProcess> {
  const child = spawn('caddy', ['run', '--config', caddyfile, '--adapter', 'caddyfile'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config') },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 15_000;
  while (!(await canConnect(port))) {
    if (child.exitCode !== null) throw new Error(`caddy exited (${child.exitCode}):\n${output.slice(-3000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`caddy did not listen on ${port} within 15 s:\n${output.slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return child;
}

export async function startCaddy({
  dir,
  httpPort,
  httpsPort,
  askUrl,
  upstream,
  directoryUrl,
  caFile,
}: {
  dir: string;
  httpPort: number;
  httpsPort: number;
  askUrl: string;
  upstream: string;
  directoryUrl: string;
  // The CA file to trust for the ACME directory's own HTTPS (pebble's API certificate).
  caFile: string;
}): Promise<CaddyStandIn> {
  mkdirSync(dir, { recursive: true });
  const caddyfile = join(dir, 'Caddyfile');
  writeFileSync(
    caddyfile,
    `{
	admin off
	skip_install_trust
	http_port ${httpPort}
	https_port ${httpsPort}
	storage file_system ${join(dir, 'storage')}
	on_demand_tls {
		ask ${askUrl}
	}
}

https:// {
	tls {
		on_demand
		issuer acme {
			dir ${directoryUrl}
			trusted_roots ${caFile}
			disable_http_challenge
		}
	}
	reverse_proxy ${upstream}
}
`,
  );
  const child = await runCaddy(dir, caddyfile, httpsPort);
  return { httpsPort, close: () => stop(child) };
}

// Caddy as the load balancer in front of several app instances, as docs/deploy.md ("Production: several
// instances") configures it: round robin, a request whose instance refuses the connection or
// drops it (a GET) tried again on another for up to 5 s, an instance that failed left out for
// 10 s, and each one's /api/health asked every second. Plain HTTP on 127.0.0.1 (TLS is the other
// stand-in's business), no admin endpoint.
export async function startCaddyBalancer({
  dir,
  port,
  upstreams,
}: {
  dir: string;
  port: number;
  upstreams: string[];
}): Promise<{ close: () => Promise<void> }> {
  mkdirSync(dir, { recursive: true });
  const caddyfile = join(dir, 'Caddyfile');
  writeFileSync(
    caddyfile,
    `{
	admin off
	auto_https off
	http_port ${port}
	storage file_system ${join(dir, 'storage')}
}

http://:${port} {
	bind 127.0.0.1
	reverse_proxy ${upstreams.join(' ')} {
		lb_policy round_robin
		lb_try_duration 5s
		lb_try_interval 100ms
		fail_duration 10s
		health_uri /api/health
		health_interval 1s
		health_timeout 2s
	}
}
`,
  );
  const child = await runCaddy(dir, caddyfile, port);
  return { close: () => stop(child) };
}
